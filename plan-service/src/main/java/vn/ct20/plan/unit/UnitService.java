package vn.ct20.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ct20.events.EventType;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;

/** Rules of the unit registry; every change publishes {@code ct20.unit.changed.v1}. */
@ApplicationScoped
public class UnitService {
    static final Sorting SORTING = Sorting.by("code", "code, validFrom", "code", "code", "name", "name", "validFrom", "validFrom");

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @Inject
    UnitScope scope;

    @Inject
    vn.ct20.platform.security.UnitHierarchy hierarchy;

    /**
     * Registers a unit for the caller, whose scope must cover the parent. A code that ever named a
     * unit gets a new version only from the country (a restructuring is a national decision): else
     * a unit could put an old or foreign code below itself and, with it, that unit's past data.
     */
    @Transactional
    public Unit create(UnitDtos.CreateUnit request) {
        if (request.parentCode() != null) {
            scope.require(request.parentCode(), request.validFrom());
        }
        if (!scope.isNational() && !units.versions(request.code()).isEmpty()) {
            throw ProblemException.forbidden("Unit code '" + request.code() + "' is taken: a code that ever named a unit is given a new "
                    + "version only by a caller acting for the country (codes are never reused)");
        }
        return register(request);
    }

    /** Registers a unit without a caller (reference data loaders); every other rule applies. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Unit register(UnitDtos.CreateUnit request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.unprocessable("validTo is before validFrom",
                    List.of(new Problem.FieldError("validTo", "must not be before validFrom")));
        }
        if (request.kind() == UnitKind.COUNTRY) {
            throw ProblemException.unprocessable("There is one country unit, '" + Roles.ROOT_UNIT + "', and it exists", null);
        }
        if (request.parentCode() == null) {
            throw ProblemException.unprocessable("Every unit but the country has a parent",
                    List.of(new Problem.FieldError("parentCode", "must name the parent unit")));
        }
        if (units.findInForce(request.parentCode(), request.validFrom()).isEmpty()) {
            throw ProblemException.unprocessable("No unit '" + request.parentCode() + "' is in force on " + request.validFrom(),
                    List.of(new Problem.FieldError("parentCode", "unknown at validFrom")));
        }
        if (request.kind() == UnitKind.VILLAGE
                && units.findInForce(request.parentCode(), request.validFrom()).stream().noneMatch(parent -> parent.kind == UnitKind.COMMUNE)) {
            throw ProblemException.unprocessable("A village (thôn, bản, tổ dân phố) is part of a commune",
                    List.of(new Problem.FieldError("parentCode", "must be a commune in force at validFrom")));
        }
        if (units.overlaps(request.code(), request.validFrom(), request.validTo())) {
            throw ProblemException.conflict("A unit with code '" + request.code() + "' is already in force during "
                    + request.validFrom() + " – " + (request.validTo() == null ? "open end" : request.validTo())
                    + "; a code names one unit at a time");
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.parentCode = request.parentCode();
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
        units.persist(unit);
        outbox.publish(EventType.UNIT_CHANGED_V1, unit.key(), unit.toEvent(unit.version));
        return unit;
    }

    /** Creates the country, the root of every hierarchy, unless it exists. */
    @Transactional
    public void ensureRoot() {
        if (units.existsVersion(Roles.ROOT_UNIT, RootUnit.VALID_FROM)) {
            return;
        }
        Unit root = new Unit();
        root.code = Roles.ROOT_UNIT;
        root.name = RootUnit.NAME;
        root.kind = UnitKind.COUNTRY;
        root.validFrom = RootUnit.VALID_FROM;
        units.persist(root);
        outbox.publish(EventType.UNIT_CHANGED_V1, root.key(), root.toEvent(root.version));
    }

    @Transactional
    public Unit get(String code, LocalDate at) {
        Unit unit = units.findInForce(code, at).orElseThrow(() -> ProblemException.notFound("Unit", code + " at " + at));
        scope.require(unit.code, at);
        return unit;
    }

    /** The unit at {@code at} and every unit above it, up to the country. */
    @Transactional
    public List<Unit> ancestors(String code, LocalDate at) {
        get(code, at);
        return hierarchy.ancestry(code, at).stream()
                .map(ancestor -> units.findInForce(ancestor.code(), at)
                        .orElseThrow(() -> new IllegalStateException("Unit " + ancestor.code() + " above " + code + " missing at " + at)))
                .toList();
    }

    /** The units that took over the unit in force at {@code at}, or that it took over. */
    @Transactional
    public List<UnitDtos.UnitLink> lineage(String code, LocalDate at, boolean successors) {
        Unit unit = get(code, at);
        return units.lineage(unit, successors).stream()
                .map(link -> UnitDtos.UnitLink.of(units.findById(link.unitId()), link.share()))
                .toList();
    }

    /**
     * Every form a code has had, oldest first, or none: for checking a reference another record
     * makes. Not scope-checked: it tells only whether a code exists, which the unit tree shows anyway.
     */
    @Transactional
    public List<Unit> recorded(String code) {
        return units.versions(code);
    }

    /** Every form a code has had, oldest first. */
    @Transactional
    public List<Unit> versions(String code) {
        List<Unit> versions = units.versions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Unit", code);
        }
        Unit latest = versions.get(versions.size() - 1);
        scope.require(latest.code, latest.validFrom);
        return versions;
    }

    @Transactional
    public Page<Unit> search(LocalDate at, String parentCode, UnitKind kind, String searchText, PageRequest page) {
        Optional<List<String>> visible = scope.visibleUnits(at);
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new Page<>(List.of(), page.page, page.size, 0);
        }
        return units.search(at, parentCode, kind, searchText, visible, page, SORTING.orderBy(page));
    }
}
