package vn.ct20.report.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitScope;

/**
 * The business date submissions are dated with and reminders are judged on: today in
 * Asia/Ho_Chi_Minh, unless an administrator set another one. Setting it is only possible where
 * {@code ct20.business-date.settable=true} (rehearsals, training, tests); in production a late
 * report can never be dated back.
 */
@ApplicationScoped
public class BusinessDate {
    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "ct20.business-date.settable", defaultValue = "false")
    boolean settable;

    @Transactional
    public LocalDate today() {
        if (!settable) {
            return UnitScope.today();
        }
        List<?> rows = entityManager.createNativeQuery("SELECT business_date FROM business_date_setting WHERE id = 1").getResultList();
        return rows.isEmpty() || rows.get(0) == null ? UnitScope.today() : toLocalDate(rows.get(0));
    }

    public boolean isSettable() {
        return settable;
    }

    /** Sets the business date, or with null goes back to the calendar date. */
    @Transactional
    public LocalDate set(LocalDate date) {
        if (!settable) {
            throw ProblemException.conflict("The business date follows the calendar here (ct20.business-date.settable=false)");
        }
        entityManager.createNativeQuery("""
                        INSERT INTO business_date_setting (id, business_date) VALUES (1, :date)
                        ON CONFLICT (id) DO UPDATE SET business_date = EXCLUDED.business_date""")
                .setParameter("date", date).executeUpdate();
        return today();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
