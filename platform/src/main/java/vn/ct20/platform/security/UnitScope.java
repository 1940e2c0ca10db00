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
    public static final ZoneId ZONE = vn.ct20.platform.clock.Dates.ZONE;

    @Inject
    CurrentUser user;

    @Inject
    UnitHierarchy hierarchy;

    public static LocalDate today() {
        return vn.ct20.platform.clock.Dates.today();
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
     * What a list may show, exactly as a read by id would: the units that were below the caller's for
     * their whole existence ({@code always}), and for the others the stretches of time they were (a
     * commune that moved away is below its old district only until the move).
     */
    public record Visibility(List<String> always, List<UnitHierarchy.Stretch> during) {
    }

    /** Empty when the caller sees everything (the country, a system administrator). */
    public Optional<Visibility> visibility() {
        if (isNational()) {
            return Optional.empty();
        }
        String own = user.unitCode();
        if (own == null) {
            return Optional.of(new Visibility(List.of(), List.of()));
        }
        List<UnitHierarchy.Stretch> stretches = hierarchy.stretchesBelow(own);
        java.util.Map<String, LocalDate[]> lifetimes = hierarchy.lifetimes(stretches.stream().map(UnitHierarchy.Stretch::code).distinct().toList());
        java.util.Map<String, List<UnitHierarchy.Stretch>> byCode = stretches.stream()
                .collect(java.util.stream.Collectors.groupingBy(UnitHierarchy.Stretch::code));
        List<String> always = new java.util.ArrayList<>();
        List<UnitHierarchy.Stretch> during = new java.util.ArrayList<>();
        byCode.forEach((code, own_) -> {
            LocalDate[] life = lifetimes.get(code);
            // Without a date check only for a unit below the caller from its first day and still: data may be dated after a
            // unit ceased (an obligation owed to a body that no longer exists), and then it is not the caller's.
            boolean whole = own_.stream().anyMatch(s -> !s.from().isAfter(life[0]) && s.to() == null);
            if (whole) {
                always.add(code);
            } else {
                during.addAll(own_);
            }
        });
        return Optional.of(new Visibility(always, during));
    }

    /**
     * The first and last day of the caller's unit (the last null while it exists), or empty when no
     * bound applies: the country, or an unknown unit, which sees nothing anyway. It keeps a unit that
     * no longer exists from seeing what was done after it ceased.
     */
    public Optional<LocalDate[]> ownUnitLifetime() {
        return isNational() || user.unitCode() == null ? Optional.empty() : hierarchy.lifetime(user.unitCode());
    }

    /** True when the unit the caller acts for exists on {@code date}. */
    public boolean actsOn(LocalDate date) {
        return user.unitCode() != null && hierarchy.exists(user.unitCode(), date);
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
