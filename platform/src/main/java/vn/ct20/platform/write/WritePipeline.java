package vn.ct20.platform.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ct20.platform.audit.AuditTrail;
import vn.ct20.platform.idempotency.IdempotentRequests;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.UnitScope;

/**
 * The one path every write takes, from the API, from a replay and from an import row alike:
 * <ol>
 *   <li>the caller's role (one of the command's);</li>
 *   <li>the caller's unit scope over the data at the data's own date (outside it: the same 404 as
 *       for an id that does not exist);</li>
 *   <li>the idempotency key, claimed for this caller, operation and target (so a replay has passed
 *       the same checks as the first call, and returns its stored answer);</li>
 *   <li>the handler, whose rules and state machine decide the change and write the outbox event;</li>
 *   <li>the audit record (who, for which unit, what, before and after, request id),</li>
 * </ol>
 * all in one transaction: a refusal anywhere changes nothing.
 */
@ApplicationScoped
public class WritePipeline {
    /** The handler's answer, and whether it was replayed from an earlier call with the same key. */
    public record Outcome<T>(T result, boolean replayed, int status) {
    }

    @Inject
    CurrentUser user;

    @Inject
    UnitScope scope;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    AuditTrail audit;

    @Transactional
    public <T> Outcome<T> run(WriteCommand<T> command) {
        requireRole(command);
        if (command.nationWide && !scope.isNational()) {
            throw ProblemException.forbidden("This is a nation-wide operation: only for a caller acting for the country (VN)");
        }
        if (command.actingOn != null && !scope.isNational() && !scope.actsOn(command.actingOn)) {
            throw ProblemException.forbidden("The unit you act for does not exist on the business date " + command.actingOn
                    + "; its successor acts for it");
        }
        WriteCommand.Ownership ownership = authorise(command);
        String before = ownership != null ? audit.snapshot(ownership.before())
                : command.stateBefore == null ? null : audit.snapshot(command.stateBefore.get());
        IdempotentRequests.Claim claim = command.idempotencyKey == null ? null
                : new IdempotentRequests.Claim(user.subject(), command.operation, String.valueOf(command.targetId),
                command.idempotencyKey);
        if (claim != null) {
            Optional<T> first = idempotency.claimOrReplay(claim, command.request, command.resultType);
            if (first.isPresent()) {
                return new Outcome<>(first.get(), true, command.status);
            }
        }
        T result = command.handler.get();
        String targetType = command.createdType != null ? command.createdType : command.targetType;
        Object targetId = command.targetId != null && command.createdType == null ? command.targetId
                : command.idOfResult == null ? null : command.idOfResult.apply(result);
        String unit = ownership != null ? ownership.unitCode() : command.unitOfResult == null ? null : command.unitOfResult.apply(result);
        audit.record(command.operation, targetType, targetId, unit, command.origin.name(), before, result);
        if (claim != null) {
            idempotency.complete(claim, command.status, result);
        }
        return new Outcome<>(result, false, command.status);
    }

    private void requireRole(WriteCommand<?> command) {
        if (command.roles.isEmpty() || command.roles.stream().noneMatch(user::hasRole)) {
            throw ProblemException.forbidden("This needs one of the roles " + command.roles.stream().sorted()
                    .collect(Collectors.joining(", ")));
        }
    }

    private WriteCommand.Ownership authorise(WriteCommand<?> command) {
        if (command.existing != null) {
            WriteCommand.Ownership ownership = command.existing.get();
            if (!scope.covers(ownership.unitCode(), ownership.at())) {
                throw ProblemException.notFound(UnitScope.describe(command.targetType), command.targetId);
            }
            return ownership;
        }
        if (command.creating != null) {
            // No unit: the handler refuses the request as naming nothing that exists.
            if (command.creating.unitCode() != null) {
                scope.require(command.creating.unitCode(), command.creating.at());
            }
            return command.creating;
        }
        return null;
    }
}
