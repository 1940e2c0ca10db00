package vn.ct20.loan.clock;

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
 * The bank's business date, separate from the clock (cf. Apache Fineract): loans are dated with it,
 * and only the close-of-business job moves it on, after marking what fell overdue. Until the first
 * close of business it is the calendar date. Setting it directly is for rehearsals and tests only
 * ({@code ct20.business-date.settable=true}).
 */
@ApplicationScoped
public class LoanBusinessDate {
    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "ct20.business-date.settable", defaultValue = "false")
    boolean settable;

    @Transactional
    public LocalDate today() {
        List<?> rows = entityManager.createNativeQuery("SELECT business_date FROM loan_business_date WHERE id = 1").getResultList();
        return rows.isEmpty() ? UnitScope.today() : toLocalDate(rows.get(0));
    }

    /** Moves the business date to {@code date} (the close of business, or an administrator where settable). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(LocalDate date) {
        entityManager.createNativeQuery("""
                        INSERT INTO loan_business_date (id, business_date) VALUES (1, :date)
                        ON CONFLICT (id) DO UPDATE SET business_date = EXCLUDED.business_date""")
                .setParameter("date", date).executeUpdate();
    }

    @Transactional
    public LocalDate set(LocalDate date) {
        if (!settable) {
            throw ProblemException.conflict("The business date moves only by close of business here (ct20.business-date.settable=false)");
        }
        moveTo(date);
        return date;
    }

    public boolean isSettable() {
        return settable;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
