package vn.ct20.loan.capital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@ApplicationScoped
public class CapitalSourceService {
    static final Sorting SORTING = Sorting.by("code", "id", "code", "code", "name", "name", "createdAt", "createdAt");

    @Inject
    CapitalSourceRepository sources;

    @Inject
    UnitScope scope;

    @Inject
    Outbox outbox;

    @Inject
    WritePipeline pipeline;

    @Inject
    UnitHierarchy units;

    /** Registers a source owned by a unit of the caller's area; an Idempotency-Key (optional) makes retries safe. */
    public WritePipeline.Outcome<CapitalSourceDtos.CapitalSourceView> register(CapitalSourceDtos.CreateCapitalSource command, String key) {
        return pipeline.run(WriteCommand.of("capital-source.register", CapitalSourceDtos.CapitalSourceView.class)
                .roles(Roles.LOAN_APPROVER, Roles.SYSTEM_ADMIN)
                .actingOn(UnitScope.today())
                .creating("capital-source", command.ownerUnitCode(), UnitScope.today(), CapitalSourceDtos.CapitalSourceView::id)
                .idempotent(key, command)
                .status(201)
                .handler(() -> {
                    if (!units.exists(command.ownerUnitCode(), UnitScope.today())) {
                        throw ProblemException.unprocessable("Unknown owner", List.of(new Problem.FieldError("ownerUnitCode",
                                "'" + command.ownerUnitCode() + "' is not a unit on " + UnitScope.today())));
                    }
                    if (sources.existsCode(command.code())) {
                        throw ProblemException.conflict("Capital source '" + command.code() + "' already exists");
                    }
                    CapitalSource source = new CapitalSource();
                    source.id = UUID.randomUUID();
                    source.code = command.code();
                    source.name = command.name().trim();
                    source.kind = command.kind();
                    source.ownerUnitCode = command.ownerUnitCode();
                    source.revolving = Boolean.TRUE.equals(command.revolving());
                    sources.persist(source);
                    outbox.publish(EventType.CAPITAL_SOURCE_CHANGED_V1, source.id.toString(), source.toEvent(source.version));
                    return CapitalSourceDtos.CapitalSourceView.of(source);
                }));
    }

    public WritePipeline.Outcome<CapitalSourceDtos.CapitalSourceView> rename(UUID id, String ifMatch,
                                                                            CapitalSourceDtos.RenameCapitalSource command) {
        return pipeline.run(WriteCommand.of("capital-source.rename", CapitalSourceDtos.CapitalSourceView.class)
                .roles(Roles.LOAN_APPROVER, Roles.SYSTEM_ADMIN)
                .actingOn(UnitScope.today())
                .on("capital-source", id, () -> ownership(id))
                .handler(() -> {
                    CapitalSource source = sources.findById(id);
                    ETags.requireMatch(ifMatch, source.version);
                    source.name = command.name().trim();
                    sources.flush(); // the version increments here, so the event carries the committed version
                    outbox.publish(EventType.CAPITAL_SOURCE_CHANGED_V1, source.id.toString(), source.toEvent(source.version));
                    return CapitalSourceDtos.CapitalSourceView.of(source);
                }));
    }

    /** Locks the source for a change and says whose it is: its owner's, today. */
    WriteCommand.Ownership ownership(UUID id) {
        CapitalSource source = sources.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Capital source", id));
        return new WriteCommand.Ownership(source.ownerUnitCode, UnitScope.today(), CapitalSourceDtos.CapitalSourceView.of(source));
    }

    @Transactional
    public CapitalSource get(UUID id) {
        CapitalSource source = sources.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Capital source", id));
        scope.requireVisible("capital-source", id, source.ownerUnitCode, UnitScope.today());
        return source;
    }

    @Transactional
    public Page<CapitalSource> list(CapitalSourceKind kind, PageRequest page) {
        Optional<List<String>> visible = scope.visibleUnits(UnitScope.today());
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new Page<>(List.of(), page.page, page.size, 0);
        }
        return sources.list(visible, kind, page, SORTING.orderBy(page));
    }

    /** The id of the source with this code, if any (an import row names its source by code). */
    @Transactional
    public java.util.Optional<UUID> idOfCode(String code) {
        return sources.find("code", code).firstResultOptional().map(source -> source.id);
    }
}
