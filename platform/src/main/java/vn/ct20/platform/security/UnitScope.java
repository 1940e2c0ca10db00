package vn.ct20.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.ct20.platform.problem.ProblemException;

/**
 * The data a caller may see and change: its own unit and every unit below it at the date in
 * question. A system administrator, and anyone acting for the country ({@code VN}), sees all.
 * Every service applies it in its queries, from the first endpoint on.
 */
@RequestScoped
public class UnitScope {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CurrentUser user;

    @Inject
    UnitHierarchy hierarchy;

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public boolean isNational() {
        return user.hasRole(Roles.SYSTEM_ADMIN) || Roles.ROOT_UNIT.equals(user.unitCode());
    }

    public boolean covers(String unitCode, LocalDate at) {
        if (isNational()) {
            return true;
        }
        String own = user.unitCode();
        return own != null && unitCode != null && hierarchy.isWithin(unitCode, own, at);
    }

    /** @throws ProblemException 403 unless the caller's scope covers {@code unitCode} at {@code at} */
    public void require(String unitCode, LocalDate at) {
        if (!covers(unitCode, at)) {
            throw ProblemException.forbidden("You act for unit '" + user.unitCode()
                    + "' and may not see or change data of unit '" + unitCode + "'");
        }
    }

    /**
     * For reads and changes of an existing resource by id: outside the caller's scope the answer is
     * the same 404 as for an id that does not exist, so an id reveals neither the data nor its unit.
     *
     * @throws ProblemException 404 unless the caller's scope covers {@code unitCode} at {@code at}
     */
    public void requireVisible(String type, Object id, String unitCode, LocalDate at) {
        if (!covers(unitCode, at)) {
            throw ProblemException.notFound(describe(type), id);
        }
    }

    /** "capital-source" becomes "Capital source", for messages. */
    public static String describe(String type) {
        String words = type.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The unit codes a list query must be limited to at {@code at}, or empty when the caller sees
     * every unit (so the query needs no filter).
     */
    public Optional<List<String>> visibleUnits(LocalDate at) {
        if (isNational()) {
            return Optional.empty();
        }
        String own = user.unitCode();
        return Optional.of(own == null ? List.of() : hierarchy.selfAndDescendants(own, at));
    }

    /**
     * Like {@link #visibleUnits}, plus the units above the caller's: for documents a unit must
     * read to do its work, such as the province plan a district implements.
     */
    public Optional<List<String>> visibleUnitsAndAncestors(LocalDate at) {
        return visibleUnits(at).map(below -> {
            List<String> all = new java.util.ArrayList<>(below);
            all.addAll(hierarchy.selfAndAncestors(user.unitCode(), at));
            return all.stream().distinct().toList();
        });
    }

    /**
     * For list queries over data dated by a unit's day (a loan's submission): the first day of the
     * caller's unit, or null when there is no lower bound. With {@link #ownUnitTo()} it keeps a unit
     * that no longer exists from seeing what its former sub-units did after it ceased.
     */
    public LocalDate ownUnitFrom() {
        // An unknown unit sees nothing anyway (no units below it), so it needs no bound.
        return isNational() || user.unitCode() == null ? null : hierarchy.lifetime(user.unitCode()).map(l -> l[0]).orElse(null);
    }

    /** The last day of the caller's unit, or null while it exists (see {@link #ownUnitFrom()}). */
    public LocalDate ownUnitTo() {
        return isNational() || user.unitCode() == null ? null : hierarchy.lifetime(user.unitCode()).map(l -> l[1]).orElse(null);
    }

    /** True when the caller may read data of {@code unitCode}: within its scope, or above its own unit. */
    public boolean canRead(String unitCode, LocalDate at) {
        if (covers(unitCode, at)) {
            return true;
        }
        String own = user.unitCode();
        return own != null && hierarchy.isWithin(own, unitCode, at);
    }
}
