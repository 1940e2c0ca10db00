package vn.ct20.report.adhoc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;
import vn.ct20.report.obligation.Obligation;
import vn.ct20.report.obligation.ObligationService;

@ApplicationScoped
public class AdHocRequestService {
    static final Sorting SORTING = Sorting.by("dueDate", "r.id", "dueDate", "r.dueDate", "createdAt", "r.createdAt", "title", "r.title");

    @Inject
    AdHocRequestRepository requests;

    @Inject
    ObligationService obligationService;

    @Inject
    UnitScope scope;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    WritePipeline pipeline;

    /** A request from a consolidating unit to units below it; each owes an answer by its due date. */
    public AdHocRequestDtos.AdHocRequestView create(AdHocRequestDtos.CreateAdHocRequest command) {
        return pipeline.run(WriteCommand.of("ad-hoc-request.create", AdHocRequestDtos.AdHocRequestView.class)
                .roles(Roles.CONSOLIDATOR, Roles.SYSTEM_ADMIN)
                .actingOn(UnitScope.today())
                .creating("ad-hoc-request", command.requestingUnitCode(), UnitScope.today(), AdHocRequestDtos.AdHocRequestView::id)
                .status(201)
                .handler(() -> AdHocRequestDtos.AdHocRequestView.of(createRequest(command)))).result();
    }

    private AdHocRequest createRequest(AdHocRequestDtos.CreateAdHocRequest command) {
        LocalDate today = UnitScope.today();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (command.coversTo().isBefore(command.coversFrom())) {
            errors.add(new Problem.FieldError("coversTo", "must not be before coversFrom"));
        }
        if (command.dueDate().isBefore(today)) {
            errors.add(new Problem.FieldError("dueDate", "must not be in the past"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The dates of the request contradict each other", errors);
        }
        Set<String> units = new LinkedHashSet<>(command.unitCodes());
        for (String unit : units) {
            if (unit.equals(command.requestingUnitCode()) || !hierarchy.isWithin(unit, command.requestingUnitCode(), today)) {
                errors.add(new Problem.FieldError("unitCodes", "'" + unit + "' is not a unit below " + command.requestingUnitCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("A request can only go to units below the requesting unit", errors);
        }
        AdHocRequest request = new AdHocRequest();
        request.id = UUID.randomUUID();
        request.title = command.title().trim();
        request.requestingUnitCode = command.requestingUnitCode();
        request.dueDate = command.dueDate();
        request.coversFrom = command.coversFrom();
        request.coversTo = command.coversTo();
        request.unitCodes.addAll(units);
        request.requestedBy = user.subject();
        request.createdAt = Instant.now();
        requests.persist(request);
        // Each unit asked owes an answer by the request's own due date.
        for (String unit : units) {
            Obligation obligation = new Obligation();
            obligation.id = UUID.randomUUID();
            obligation.adHocRequestId = request.id;
            obligation.unitCode = unit;
            obligation.cutOffFrom = request.coversFrom;
            obligation.cutOffTo = request.coversTo;
            obligation.dueDate = request.dueDate;
            obligation.consolidatingUnitCode = request.requestingUnitCode;
            obligation.createdAt = request.createdAt;
            obligationService.add(obligation);
        }
        outbox.publish(EventType.AD_HOC_REPORT_REQUESTED_V1, request.id.toString(), request.toEvent());
        return request;
    }

    /** Visible to whoever covers the requesting unit or one of the units asked. */
    @Transactional
    public AdHocRequest get(UUID id) {
        AdHocRequest request = requests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Ad-hoc request", id));
        LocalDate today = UnitScope.today();
        boolean visible = scope.covers(request.requestingUnitCode, today)
                || request.unitCodes.stream().anyMatch(unit -> scope.covers(unit, today));
        if (!visible) {
            throw ProblemException.notFound("Ad-hoc request", id);
        }
        return request;
    }

    @Transactional
    public Page<AdHocRequest> list(PageRequest page) {
        Optional<List<String>> visible = scope.visibleUnits(UnitScope.today());
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new Page<>(List.of(), page.page, page.size, 0);
        }
        return requests.list(visible, page, SORTING.orderBy(page));
    }
}
