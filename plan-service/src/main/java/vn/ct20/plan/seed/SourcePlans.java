package vn.ct20.plan.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanDtos;
import vn.ct20.plan.document.PlanKind;
import vn.ct20.plan.document.PlanService;
import vn.ct20.plan.market.MarketCatalogue;
import vn.ct20.plan.market.MarketGroup;
import vn.ct20.plan.regime.ReportingRegimeDtos;
import vn.ct20.plan.regime.ReportingRegimeService;
import vn.ct20.plan.target.TargetDtos;
import vn.ct20.plan.target.TargetService;
import vn.ct20.plan.task.Deadline;
import vn.ct20.plan.task.TaskDtos;
import vn.ct20.plan.task.TaskService;
import vn.ct20.plan.unit.UnitDtos;
import vn.ct20.plan.unit.UnitKind;
import vn.ct20.plan.unit.UnitService;
import vn.ct20.platform.lock.TransactionLocks;

/**
 * Loads the five source plans (and the directive, resolutions and plans they implement) as demo
 * and reference data on first start, with their budgets, targets, reporting regimes, the bodies
 * that issued them and the markets they name, through the same rules as the API. Each plan has a fixed id
 * derived from its key, so loading is idempotent. A plan already there is left as it is unless the file's
 * {@code revision} is newer than the one it was loaded at: then {@link SourcePlanCorrections} brings it to
 * what the document says, as one amendment by the system, so that installations made from an earlier
 * transcription get the corrections, with their events.
 */
@ApplicationScoped
public class SourcePlans {
    private static final Logger LOG = Logger.getLogger(SourcePlans.class);
    private static final String FILE = "/reference/plans/source-plans.json";

    @Inject
    TransactionLocks locks;

    @Inject
    PlanService plans;


    @Inject
    UnitService unitService;



    @Inject
    MarketCatalogue markets;

    @Inject
    TargetService targets;

    @Inject
    ReportingRegimeService regimes;

    @Inject
    TaskService tasks;

    @Inject
    ObjectMapper json;

    @Inject
    SourcePlanInputs inputs;

    @Inject
    SourcePlanRevisionRepository revisions;

    @Inject
    SourcePlanCorrections corrections;

    @ConfigProperty(name = "ct20.source-plans.load", defaultValue = "true")
    boolean enabled;

    /** After the unit reference data (ReferenceUnits). */
    void onStart(@Observes @Priority(300) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /**
     * Corrects one plan loaded from an older revision, in a transaction of its own under the loader's lock
     * (two instances starting together correct it once): a correction the rules refuse is logged and left
     * for the next start (its revision is not recorded), and neither blocks the other plans nor the service.
     */
    private void correct(UUID id, JsonNode node, int revision) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                locks.hold("ct20.source-plans");
                if (plans.exists(id) && revisions.of(id) < revision) {
                    corrections.bringUpToDate(id, node, revision);
                    revisions.record(id, revision);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Source plan %s could not be corrected to revision %d; it stays as it is", node.get("key").asText(), revision);
        }
    }

    /** The fixed id of a source plan, e.g. {@code idOf("20-CT/TW")}. */
    public static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("ct20:source-plan:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Loads what is missing, in one transaction, then corrects each plan loaded from an older revision
     * in a transaction of its own (the bodies a correction names are committed by then).
     *
     * @return how many plans were created now
     */
    public int load() {
        JsonNode data = read();
        int created = QuarkusTransaction.requiringNew().call(() -> loadMissing(data));
        int revision = data.path("revision").asInt(1);
        for (JsonNode node : data.get("plans")) {
            correct(idOf(node.get("key").asText()), node, revision);
        }
        return created;
    }

    private int loadMissing(JsonNode data) {
        locks.hold("ct20.source-plans");
        for (JsonNode body : data.get("bodies")) {
            if (unitService.recorded(body.get("code").asText()).isEmpty()) {
                unitService.register(new UnitDtos.CreateUnit(body.get("code").asText(), body.get("name").asText(),
                        UnitKind.valueOf(body.get("kind").asText()), body.get("parentCode").asText(),
                        LocalDate.parse(body.get("validFrom").asText()), date(body, "validTo")));
            }
        }
        for (JsonNode market : data.get("markets")) {
            markets.ensureSubnational(market.get("code").asText(), market.get("nameVi").asText(), market.get("nameEn").asText(),
                    market.get("parentCode").asText());
        }
        for (JsonNode node : data.get("marketGroups")) {
            MarketGroup group = new MarketGroup();
            group.code = node.get("code").asText();
            group.nameVi = node.get("nameVi").asText();
            group.nameEn = node.get("nameEn").asText();
            group.definedBy = text(node, "definedBy");
            group.validFrom = date(node, "validFrom");
            group.validTo = date(node, "validTo");
            node.get("members").forEach(member -> group.members.add(member.asText()));
            markets.ensureGroup(group);
        }
        int created = 0;
        int revision = data.path("revision").asInt(1);
        for (JsonNode node : data.get("plans")) {
            UUID id = idOf(node.get("key").asText());
            if (plans.exists(id)) {
                continue;
            }
            List<UUID> parents = new ArrayList<>();
            node.get("parents").forEach(parent -> parents.add(idOf(parent.asText())));
            Plan plan = plans.register(id, inputs.planInput(node));
            if (node.hasNonNull("budget")) {
                plans.replaceBudget(plan, inputs.budgetInput(node), PlanService.SYSTEM_ACTOR);
            }
            for (JsonNode target : node.path("targets")) {
                targets.register(plan, inputs.targetInput(target));
            }
            for (JsonNode regime : node.path("regimes")) {
                regimes.register(plan, inputs.regimeInput(regime));
            }
            Map<String, UUID> taskIds = new HashMap<>();
            for (JsonNode task : node.path("tasks")) {
                TaskDtos.TaskInput input = inputs.taskInput(task, taskIds);
                taskIds.put(input.number(), tasks.register(plan, input).id);
            }
            plans.issue(plan);
            revisions.record(id, revision);
            created++;
        }
        if (created > 0) {
            LOG.infof("Loaded %d source plans", created);
        }
        return created;
    }

    private JsonNode read() {
        try (InputStream in = SourcePlans.class.getResourceAsStream(FILE)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    private static String text(JsonNode node, String field) {
        return SourcePlanInputs.text(node, field);
    }

    private static LocalDate date(JsonNode node, String field) {
        return SourcePlanInputs.date(node, field);
    }
}
