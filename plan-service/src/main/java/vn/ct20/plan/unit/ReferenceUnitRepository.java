package vn.ct20.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import vn.ct20.events.unit.UnitChangedV1;

/**
 * The bulk statements that load the reference unit data set (some 14,000 units and their lineage):
 * JDBC batches of 1,000 rows, each batch one round trip, because SQL is the point here; and the
 * record of which version of the data set is loaded.
 */
@ApplicationScoped
public class ReferenceUnitRepository {
    /** A lineage link of the 2025 restructuring: FULL when the whole predecessor went into the successor. */
    public record Lineage(String predecessor, LocalDate predecessorFrom, String successor, LocalDate successorFrom, String kind) {
    }

    @Inject
    EntityManager entityManager;

    /** The checksum of the data set as loaded, if it is. */
    public Optional<String> loadedChecksum(String dataset) {
        return entityManager.createNativeQuery("SELECT checksum FROM reference_dataset WHERE name = ?1", String.class)
                .setParameter(1, dataset).getResultStream().map(String.class::cast).findFirst();
    }

    public void recordLoaded(String dataset, String checksum, int items) {
        entityManager.createNativeQuery("""
                        INSERT INTO reference_dataset (name, checksum, items) VALUES (?1, ?2, ?3)
                        ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, items = EXCLUDED.items, loaded_at = now()""")
                .setParameter(1, dataset).setParameter(2, checksum).setParameter(3, items)
                .executeUpdate();
    }

    /** Inserts the units that do not exist yet; returns those inserted, by event key, in order. */
    public Map<String, UnitChangedV1> insertUnitsIfMissing(List<UnitChangedV1> units) {
        Map<String, UnitChangedV1> inserted = new LinkedHashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO unit (code, valid_from, valid_to, name, search_name, kind, parent_code, successor_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code, valid_from) DO NOTHING""")) {
                for (int start = 0; start < units.size(); start += 1000) {
                    List<UnitChangedV1> chunk = units.subList(start, Math.min(units.size(), start + 1000));
                    for (UnitChangedV1 u : chunk) {
                        insert.setString(1, u.code());
                        insert.setDate(2, Date.valueOf(u.validFrom()));
                        insert.setDate(3, u.validTo() == null ? null : Date.valueOf(u.validTo()));
                        insert.setString(4, u.name());
                        insert.setString(5, SearchText.normalize(u.name()));
                        insert.setString(6, u.kind());
                        insert.setString(7, u.parentCode());
                        insert.setString(8, u.successorCode());
                        insert.addBatch();
                    }
                    int[] counts = insert.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] != 0) {
                            inserted.put(chunk.get(i).key(), chunk.get(i));
                        }
                    }
                }
            }
        });
        return inserted;
    }

    public void insertLineage(List<Lineage> lineage) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO unit_lineage (predecessor_code, predecessor_valid_from, successor_code, successor_valid_from, kind)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                int pending = 0;
                for (Lineage link : lineage) {
                    insert.setString(1, link.predecessor());
                    insert.setDate(2, Date.valueOf(link.predecessorFrom()));
                    insert.setString(3, link.successor());
                    insert.setDate(4, Date.valueOf(link.successorFrom()));
                    insert.setString(5, link.kind());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }

}
