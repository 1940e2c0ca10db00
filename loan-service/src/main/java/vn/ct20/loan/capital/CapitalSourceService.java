package vn.ct20.loan.capital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;

@ApplicationScoped
public class CapitalSourceService {
    private static final Set<String> SORTABLE = Set.of("code", "name", "createdAt");

    @Inject
    CapitalSourceRepository sources;

    @Inject
    UnitScope scope;

    @Inject
    Outbox outbox;

    /** Runs inside the caller's transaction (the Idempotency-Key claim shares it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CapitalSource register(CapitalSourceDtos.CreateCapitalSource command) {
        scope.require(command.ownerUnitCode(), UnitScope.today());
        if (sources.existsCode(command.code())) {
            throw ProblemException.conflict("Capital source '" + command.code() + "' already exists");
        }
        CapitalSource source = new CapitalSource();
        source.id = UUID.randomUUID();
        source.code = command.code();
        source.name = command.name().trim();
        source.kind = command.kind();
        source.ownerUnitCode = command.ownerUnitCode();
        sources.persist(source);
        outbox.publish(EventType.CAPITAL_SOURCE_CHANGED_V1, source.id.toString(), source.toEvent(source.version));
        return source;
    }

    @Transactional
    public CapitalSource rename(UUID id, String ifMatch, CapitalSourceDtos.RenameCapitalSource command) {
        CapitalSource source = get(id);
        ETags.requireMatch(ifMatch, source.version);
        source.name = command.name().trim();
        sources.flush(); // the version increments here, so the event carries the committed version
        outbox.publish(EventType.CAPITAL_SOURCE_CHANGED_V1, source.id.toString(), source.toEvent(source.version));
        return source;
    }

    @Transactional
    public CapitalSource get(UUID id) {
        CapitalSource source = sources.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Capital source", id));
        scope.require(source.ownerUnitCode, UnitScope.today());
        return source;
    }

    @Transactional
    public Page<CapitalSource> list(CapitalSourceKind kind, PageRequest page) {
        Optional<List<String>> visible = scope.visibleUnits(UnitScope.today());
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new Page<>(List.of(), page.page, page.size, 0);
        }
        return sources.list(visible, kind, page, page.orderBy(SORTABLE, "code"));
    }
}
