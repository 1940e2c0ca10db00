package vn.ct20.plan.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.events.EventType;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.plan.unit.ReferenceUnitRepository.Lineage;
import vn.ct20.platform.lock.TransactionLocks;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.security.Roles;

/**
 * Loads Viet Nam's administrative units on first start: the three-level structure the source
 * plans refer to (63 provinces, 705 districts, 10,599 communes; valid until 30 June 2025) and the
 * two-level structure in force since 1 July 2025 (34 provinces, 3,321 communes), with the lineage
 * between them. Idempotent: a data set already loaded (same checksum) is not loaded again, and
 * units that exist are left as they are. Publishes one unit event per unit loaded.
 */
@ApplicationScoped
public class ReferenceUnits {
    private static final Logger LOG = Logger.getLogger(ReferenceUnits.class);

    /** The data set gives no creation dates: the old units count from Decision 124/2004/QĐ-TTg, which fixed the codes. */
    public static final LocalDate OLD_FROM = LocalDate.of(2004, 7, 8);
    public static final LocalDate OLD_TO = LocalDate.of(2025, 6, 30);
    public static final LocalDate NEW_FROM = LocalDate.of(2025, 7, 1);
    static final String DATASET = "admin-units";
    private static final String BASE = "/reference/units/";
    private static final List<String> FILES = List.of("before-2025-07/tinh_tp.json", "before-2025-07/quan_huyen.json",
            "before-2025-07/xa_phuong.json", "from-2025-07/merges.json");

    @Inject
    TransactionLocks locks;

    @Inject
    ReferenceUnitRepository bulk;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ct20.reference-units.load", defaultValue = "true")
    boolean enabled;

    /** After the country unit exists (RootUnit). */
    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (enabled) {
            loadIfMissing();
        }
    }

    /** @return the number of units loaded now (0 when the data set was already there) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int loadIfMissing() {
        String checksum = checksum();
        // Several replicas may start at once: one loads, the others wait here and then find it done.
        locks.hold("ct20.reference-units");
        if (bulk.loadedChecksum(DATASET).filter(checksum::equals).isPresent()) {
            return 0;
        }
        long started = System.nanoTime();
        Parsed data = parse();
        Map<String, UnitChangedV1> inserted = bulk.insertUnitsIfMissing(data.units);
        bulk.insertLineage(data.lineage);
        outbox.publishAll(EventType.UNIT_CHANGED_V1, inserted);
        bulk.recordLoaded(DATASET, checksum, data.units.size());
        LOG.infof("Loaded %d administrative units and %d lineage links in %d ms", inserted.size(), data.lineage.size(),
                (System.nanoTime() - started) / 1_000_000);
        return inserted.size();
    }

    private record Parsed(List<UnitChangedV1> units, List<Lineage> lineage) {
    }

    private Parsed parse() {
        List<UnitChangedV1> units = new ArrayList<>();
        Map<String, String> oldCommuneDistrict = new HashMap<>();
        Map<String, Long> communesPerDistrict = new HashMap<>();
        List<Lineage> lineage = new ArrayList<>();

        List<UnitChangedV1> oldUnits = new ArrayList<>();
        read("before-2025-07/tinh_tp.json").forEach(p -> oldUnits.add(old(p, UnitKind.PROVINCE, Roles.ROOT_UNIT)));
        read("before-2025-07/quan_huyen.json").forEach(d -> oldUnits.add(old(d, UnitKind.DISTRICT, d.get("parent_code").asText())));
        read("before-2025-07/xa_phuong.json").forEach(c -> {
            oldUnits.add(old(c, UnitKind.COMMUNE, c.get("parent_code").asText()));
            oldCommuneDistrict.put(c.get("code").asText(), c.get("parent_code").asText());
            communesPerDistrict.merge(c.get("parent_code").asText(), 1L, Long::sum);
        });
        Set<String> oldProvinces = oldUnits.stream().filter(u -> u.kind().equals("PROVINCE")).map(UnitChangedV1::code).collect(Collectors.toSet());

        // District → new commune links, derived from the communes each district had.
        Map<String, Map<String, Long>> districtToNew = new HashMap<>();
        Map<String, Map<String, Boolean>> districtAllFull = new HashMap<>();
        for (JsonNode province : json("from-2025-07/merges.json").get("data")) {
            String provinceCode = province.get("level1_id").asText();
            units.add(unit(provinceCode, province.get("name").asText(), UnitKind.PROVINCE, Roles.ROOT_UNIT, NEW_FROM, null, null));
            for (JsonNode merge : province.get("merges")) {
                if (oldProvinces.contains(merge.get("old_id").asText())) {
                    lineage.add(new Lineage(merge.get("old_id").asText(), OLD_FROM, provinceCode, NEW_FROM, kind(merge)));
                }
            }
            for (JsonNode commune : province.get("level2s")) {
                String communeCode = commune.get("level2_id").asText();
                units.add(unit(communeCode, commune.get("name").asText(), UnitKind.COMMUNE, provinceCode, NEW_FROM, null, null));
                for (JsonNode merge : commune.get("merges")) {
                    String oldCode = merge.get("old_id").asText();
                    String district = oldCommuneDistrict.get(oldCode);
                    if (district == null) {
                        continue; // merged away before the 2023 data set: no old unit to link
                    }
                    lineage.add(new Lineage(oldCode, OLD_FROM, communeCode, NEW_FROM, kind(merge)));
                    districtToNew.computeIfAbsent(district, k -> new HashMap<>()).merge(communeCode, 1L, Long::sum);
                    districtAllFull.computeIfAbsent(district, k -> new HashMap<>())
                            .merge(communeCode, "FULL".equals(kind(merge)), Boolean::logicalAnd);
                }
            }
        }
        districtToNew.forEach((district, targets) -> targets.forEach((commune, count) -> {
            boolean whole = targets.size() == 1 && count.equals(communesPerDistrict.get(district))
                    && districtAllFull.get(district).get(commune);
            lineage.add(new Lineage(district, OLD_FROM, commune, NEW_FROM, whole ? "FULL" : "PARTIAL"));
        }));

        // An old unit's successor is named when exactly one new unit took it over whole.
        Map<String, List<Lineage>> bySuccessorOf = lineage.stream().collect(Collectors.groupingBy(Lineage::predecessor));
        for (UnitChangedV1 unit : oldUnits) {
            List<Lineage> next = bySuccessorOf.getOrDefault(unit.code(), List.of());
            String successor = next.size() == 1 && next.get(0).kind().equals("FULL") ? next.get(0).successor() : null;
            units.add(new UnitChangedV1(unit.code(), unit.name(), unit.kind(), unit.parentCode(), OLD_FROM, OLD_TO, successor, 0));
        }
        return new Parsed(units, lineage);
    }

    private static UnitChangedV1 old(JsonNode node, UnitKind kind, String parent) {
        return unit(node.get("code").asText(), node.get("name_with_type").asText(), kind, parent, OLD_FROM, OLD_TO, null);
    }

    private static UnitChangedV1 unit(String code, String name, UnitKind kind, String parent, LocalDate from, LocalDate to, String successor) {
        return new UnitChangedV1(code, name.trim(), kind.name(), parent, from, to, successor, 0);
    }

    private static String kind(JsonNode merge) {
        return "full".equalsIgnoreCase(merge.path("type").asText()) ? "FULL" : "PARTIAL";
    }

    private List<JsonNode> read(String file) {
        JsonNode root = json(file);
        List<JsonNode> nodes = new ArrayList<>();
        root.forEach(nodes::add); // the old files are objects keyed by code
        return nodes;
    }

    private JsonNode json(String file) {
        try (InputStream in = ReferenceUnits.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + BASE + file + " is missing from the build");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = ReferenceUnits.class.getResourceAsStream(BASE + file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
