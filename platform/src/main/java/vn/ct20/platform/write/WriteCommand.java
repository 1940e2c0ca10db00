package vn.ct20.platform.write;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One write, described for the {@link WritePipeline}: what it is called, who may do it, what it
 * touches and whose that is at which date, its idempotency key, and the handler that does it.
 *
 * <pre>{@code
 * WriteCommand.of("loan.disburse", TransactionView.class)
 *         .roles(Roles.LOAN_OFFICER)
 *         .on("loan", id, () -> loans.ownership(id))
 *         .idempotent(key, List.of(id, amount))
 *         .handler(() -> loans.disburse(id, amount));
 * }</pre>
 *
 * @param <T> what the handler answers (a view; stored for replays and audited as the state after)
 */
public final class WriteCommand<T> {
    /**
     * Whose the data is: the unit that owns it at the date that counts for it (a loan's
     * submission, a report's period), and its state before the change, for the audit trail.
     */
    public record Ownership(String unitCode, LocalDate at, Object before) {
    }

    /** Where a write comes from; imported history is marked as such in the audit trail. */
    public enum Origin { API, IMPORT }

    final String operation;
    final Class<T> resultType;
    Set<String> roles = Set.of();
    boolean nationWide;
    String targetType;
    Object targetId;
    Supplier<Ownership> existing;
    Ownership creating;
    String idempotencyKey;
    Object request;
    int status = 200;
    Origin origin = Origin.API;
    Supplier<T> handler;
    Function<T, Object> idOfResult;
    String createdType;
    Function<T, String> unitOfResult;
    LocalDate actingOn;
    Supplier<Object> stateBefore;

    private WriteCommand(String operation, Class<T> resultType) {
        this.operation = operation;
        this.resultType = resultType;
    }

    /** @param operation dotted name, {@code <aggregate>.<verb>}, e.g. {@code loan.approve} */
    public static <T> WriteCommand<T> of(String operation, Class<T> resultType) {
        return new WriteCommand<>(operation, resultType);
    }

    /** The roles that may run it (any one of them). SYSTEM_ADMIN only where listed. */
    public WriteCommand<T> roles(String... roles) {
        this.roles = Set.copyOf(Arrays.asList(roles));
        return this;
    }

    /** A bank-wide or nation-wide operation: only for a caller acting for the country (or a SYSTEM_ADMIN). */
    public WriteCommand<T> nationWide() {
        this.nationWide = true;
        return this;
    }

    /**
     * The write changes an existing aggregate. {@code ownership} loads it (locking it where the
     * write needs that) and says whose it is; outside the caller's scope the pipeline answers
     * exactly as for an id that does not exist.
     */
    public WriteCommand<T> on(String type, Object id, Supplier<Ownership> ownership) {
        this.targetType = type;
        this.targetId = id;
        this.existing = ownership;
        return this;
    }

    /**
     * The write creates an aggregate for {@code unitCode} (which the caller sent): a unit outside the
     * caller's scope at {@code at} is refused with 403, naming only what the caller sent.
     */
    public WriteCommand<T> creating(String type, String unitCode, LocalDate at, Function<T, Object> idOfResult) {
        this.targetType = type;
        this.creating = new Ownership(unitCode, at, null);
        this.idOfResult = idOfResult;
        return this;
    }

    /**
     * A write whose unit scope is not the pipeline's to check: national data that belongs to no unit
     * (the lending policy, a business date; the command is then {@link #nationWide}), or a rule the
     * handler applies itself (plan-service's plan areas).
     */
    public WriteCommand<T> target(String type, Object id, Function<T, Object> idOfResult) {
        this.targetType = type;
        this.targetId = id;
        this.idOfResult = idOfResult;
        return this;
    }

    /**
     * The write, made on an existing aggregate (such as an obligation), creates another (its report):
     * the audit record names the one created.
     */
    public WriteCommand<T> creates(String type, Function<T, Object> idOfResult) {
        this.createdType = type;
        this.idOfResult = idOfResult;
        return this;
    }

    /** For a {@link #target} write: the unit the changed data belongs to, read off the result, for the audit record. */
    public WriteCommand<T> unitOfResult(Function<T, String> unit) {
        this.unitOfResult = unit;
        return this;
    }

    /** For a {@link #target} write: the state before the change, for the audit record (read before the handler runs). */
    public WriteCommand<T> before(Supplier<Object> state) {
        this.stateBefore = state;
        return this;
    }

    /** The business date the write is made on: the caller's unit must exist then (a unit that ceased acts no more). */
    public WriteCommand<T> actingOn(LocalDate businessDate) {
        this.actingOn = businessDate;
        return this;
    }

    /** A key the caller sent; {@code request} is what it asked for, so the same key with another request is refused. */
    public WriteCommand<T> idempotent(String key, Object request) {
        this.idempotencyKey = key;
        this.request = request;
        return this;
    }

    /** The HTTP status of a first, successful answer (stored for replays). */
    public WriteCommand<T> status(int status) {
        this.status = status;
        return this;
    }

    public WriteCommand<T> origin(Origin origin) {
        this.origin = Objects.requireNonNull(origin);
        return this;
    }

    public WriteCommand<T> handler(Supplier<T> handler) {
        this.handler = handler;
        return this;
    }
}
