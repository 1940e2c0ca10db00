package vn.ct20.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ct20.platform.problem.ProblemException;

/**
 * The business date a service dates its data with, separate from the clock (cf. Apache Fineract).
 * One abstraction, two policies, chosen by {@code ct20.business-date.moves}:
 * <ul>
 * <li>{@code CALENDAR} (report-service): today in Asia/Ho_Chi_Minh; where settable, an administrator
 * may set another date for a rehearsal, and null goes back to the calendar;</li>
 * <li>{@code CLOSE_OF_BUSINESS} (loan-service): the date the last close of business moved it to, the
 * calendar date until the first one; where settable, an administrator may also set it.</li>
 * </ul>
 * Setting it is possible only where {@code ct20.business-date.settable=true} (rehearsals, training,
 * tests): in production a late report can never be dated back, nor a loan moved in time. The date
 * is kept in the service's own one-row table, {@code ct20.business-date.table}.
 */
@ApplicationScoped
public class BusinessDate {
    public enum Moves { CALENDAR, CLOSE_OF_BUSINESS }

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "ct20.business-date.moves", defaultValue = "CALENDAR")
    Moves moves;

    @ConfigProperty(name = "ct20.business-date.settable", defaultValue = "false")
    boolean settable;

    /** The service's one-row table holding the date ({@code id = 1, business_date}). */
    @ConfigProperty(name = "ct20.business-date.table", defaultValue = "business_date")
    String table;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The key under which a transaction keeps the date it read (see {@link #today()}). */
    private static final String READ_IN_TRANSACTION = BusinessDate.class.getName() + ".today";

    /**
     * The business date, read once per transaction: a command asks for it several times (to check,
     * to date its data, to audit), and an import's chunk of rows many times, and each answer within
     * one transaction is the same.
     */
    @Transactional
    public LocalDate today() {
        if (moves == Moves.CALENDAR && !settable) {
            return Dates.today();
        }
        LocalDate known = (LocalDate) transactions.getResource(READ_IN_TRANSACTION);
        if (known != null) {
            return known;
        }
        @SuppressWarnings("unchecked")
        List<LocalDate> rows = entityManager.createNativeQuery("SELECT business_date FROM " + table + " WHERE id = 1", LocalDate.class)
                .getResultList();
        LocalDate today = rows.isEmpty() || rows.get(0) == null ? Dates.today() : rows.get(0);
        transactions.putResource(READ_IN_TRANSACTION, today);
        return today;
    }

    public boolean isSettable() {
        return settable;
    }

    /** Sets the business date where settable; with null (calendar policy) it follows the calendar again. */
    @Transactional
    public LocalDate set(LocalDate date) {
        if (!settable) {
            throw ProblemException.conflict(moves == Moves.CALENDAR
                    ? "The business date follows the calendar here (ct20.business-date.settable=false)"
                    : "The business date moves only by close of business here (ct20.business-date.settable=false)");
        }
        store(date);
        return today();
    }

    /** Moves the business date on: the close of business, in its own transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(LocalDate date) {
        store(date);
    }

    private void store(LocalDate date) {
        transactions.putResource(READ_IN_TRANSACTION, date == null ? Dates.today() : date);
        entityManager.createNativeQuery(("""
                        INSERT INTO %s (id, business_date) VALUES (1, :date)
                        ON CONFLICT (id) DO UPDATE SET business_date = EXCLUDED.business_date""").formatted(table))
                .setParameter("date", date).executeUpdate();
    }
}
