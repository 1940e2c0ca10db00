package vn.ct20.platform.document;

import static vn.ct20.platform.document.VietnameseFormat.inSentence;
import static vn.ct20.platform.document.VietnameseFormat.upper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitHierarchy.NamedUnit;

/**
 * How a body is written at the head of its documents and where it signs (Decree 30/2020, Appendix I):
 * a People's Committee by its area ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"); a department or office under the
 * committee of its area ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" over "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"); a
 * VBSP branch or office under the bank. Names come from the units as they were on the document's date.
 */
@ApplicationScoped
public class IssuingBodies {
    /** Units that are areas: their body is their People's Committee. */
    private static final Set<String> AREAS = Set.of("PROVINCE", "DISTRICT", "COMMUNE");
    private static final Set<String> BANK = Set.of("VBSP_BRANCH", "VBSP_OFFICE");
    private static final String BANK_NAME = "Ngân hàng Chính sách xã hội";
    private static final String COMMITTEE = "Ủy ban nhân dân";
    /** MOLISA, in charge of labour abroad, merged into the Ministry of Home Affairs on 1 March 2025 (Resolution 176/2025/QH15). */
    private static final LocalDate MINISTRY_MERGED = LocalDate.of(2025, 3, 1);

    @Inject
    UnitHierarchy units;

    /** A body as the heading and the signature of its document write it, and its name in running text and lists. */
    public record Body(String code, String name, OfficialReport.Issuer issuer, OfficialReport.Signature signature, String place) {
    }

    /**
     * {@code code} as it was on {@code at}, or the body that carries it on then: the country stands for
     * the ministry in charge, an area for its People's Committee.
     *
     * @throws ProblemException 404 when no unit has that code: a document needs its issuing body
     */
    public Body of(String code, LocalDate at) {
        // A body that has ceased (a department merged in 2025) is carried on by its successor, which signs now.
        String signing = units.carriedOnBy(code, at).orElse(code);
        if (!signing.equals(code)) {
            return of(signing, at);
        }
        NamedUnit unit = units.named(List.of(code), at).get(code);
        if (unit == null) {
            throw ProblemException.notFound("unit", code);
        }
        if (unit.kind().equals("COUNTRY")) {
            boolean merged = !at.isBefore(MINISTRY_MERGED);
            String ministry = merged ? "Bộ Nội vụ" : "Bộ Lao động - Thương binh và Xã hội";
            return new Body(code, ministry, new OfficialReport.Issuer(null, upper(ministry), merged ? "BC-BNV" : "BC-LĐTBXH"),
                    new OfficialReport.Signature("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), "Hà Nội");
        }
        String place = place(code, at);
        if (AREAS.contains(unit.kind()) || unit.kind().equals("PEOPLES_COMMITTEE")) {
            String committee = unit.kind().equals("PEOPLES_COMMITTEE") ? unit.name() : COMMITTEE + " " + inSentence(unit.name());
            return new Body(code, committee, new OfficialReport.Issuer(null, upper(committee), "BC-UBND"),
                    new OfficialReport.Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), place);
        }
        if (BANK.contains(unit.kind())) {
            // "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lai Châu" heads its documents "CHI NHÁNH TỈNH LAI CHÂU" under the bank.
            return bankBody(code, unit.name(), place);
        }
        NamedUnit area = unit.parentCode() == null ? null : units.named(List.of(unit.parentCode()), at).get(unit.parentCode());
        String own = area == null ? unit.name() : withoutArea(unit.name(), area.name());
        String superior = area == null ? null : AREAS.contains(area.kind()) ? upper(COMMITTEE + " " + area.name()) : upper(area.name());
        String position = switch (unit.kind()) {
            case "DEPARTMENT" -> "GIÁM ĐỐC";
            case "LABOUR_OFFICE" -> "TRƯỞNG PHÒNG";
            default -> "THỦ TRƯỞNG CƠ QUAN";
        };
        return new Body(code, unit.name(), new OfficialReport.Issuer(superior, upper(own), "BC-" + initials(own)),
                new OfficialReport.Signature(null, position), place);
    }

    /**
     * The VBSP body that reports for an area: its branch or office when the units name one
     * ({@code <area>-NHCSXH}), the head office for the country, otherwise the branch (province) or
     * transaction office (district) named after the area; below a district, the body of the district.
     */
    public Body bank(String areaCode, LocalDate at) {
        String own = areaCode + "-NHCSXH";
        if (units.exists(own, at)) {
            return of(own, at);
        }
        NamedUnit area = units.named(List.of(areaCode), at).get(areaCode);
        if (area == null || area.kind().equals("COUNTRY")) {
            return new Body(areaCode, BANK_NAME, new OfficialReport.Issuer(null, upper(BANK_NAME), "BC-NHCS"),
                    new OfficialReport.Signature(null, "TỔNG GIÁM ĐỐC"), "Hà Nội");
        }
        if (!area.kind().equals("PROVINCE") && !area.kind().equals("DISTRICT") && area.parentCode() != null) {
            // The bank has branches in provinces and transaction offices in districts: a commune's (or a
            // department's) report comes from the bank's body of the area above it.
            return bank(area.parentCode(), at);
        }
        String office = area.kind().equals("PROVINCE") ? "Chi nhánh" : "Phòng giao dịch";
        return bankBody(areaCode, office + " " + BANK_NAME + " " + inSentence(area.name()), place(areaCode, at));
    }

    private static Body bankBody(String code, String name, String place) {
        String branch = name.replace(BANK_NAME + " ", "").trim();
        return new Body(code, name, new OfficialReport.Issuer(upper(BANK_NAME), upper(branch), "BC-NHCS"),
                new OfficialReport.Signature(null, "GIÁM ĐỐC"), place);
    }

    /**
     * The body that manages labour abroad for an area, to which VBSP sends its reports (Circular
     * 01/2020): the area's labour department or office when the units name one, the ministry for the
     * country, otherwise the area's People's Committee.
     */
    public String labourAuthority(String areaCode, LocalDate at) {
        List<String> offices = List.of(areaCode + "-SLDTBXH", areaCode + "-PLDTBXH");
        Map<String, NamedUnit> named = units.named(offices, at);
        return offices.stream().map(named::get).filter(o -> o != null).map(NamedUnit::name).findFirst().orElseGet(() -> of(areaCode, at).name());
    }

    /** The body a unit reports to: the People's Committee of its area, or of the area above an area; none above the country. */
    public Optional<String> reportsTo(String code, LocalDate at) {
        NamedUnit unit = units.named(List.of(code), at).get(code);
        if (unit == null || unit.parentCode() == null) {
            return Optional.empty();
        }
        return Optional.of(of(unit.parentCode(), at).name());
    }

    /** The units' names on {@code at}, by code; a code with no unit keeps its code. */
    public Map<String, String> names(Collection<String> codes, LocalDate at) {
        Map<String, String> names = new HashMap<>();
        units.named(codes, at).forEach((code, unit) -> names.put(code, unit.name()));
        codes.forEach(code -> names.putIfAbsent(code, code));
        return names;
    }

    /**
     * The place of the date line: the nearest area the body stands in ("Lạng Sơn" for the province's
     * department, "Phong Thổ" for the district's office); Hà Nội for bodies above the provinces.
     */
    private String place(String code, LocalDate at) {
        List<String> codes = new ArrayList<>(units.selfAndAncestors(code, at));
        if (codes.isEmpty()) {
            codes.addAll(units.selfAndAncestors(code, null)); // a body that has ceased: where it stood
        }
        Map<String, NamedUnit> named = units.named(codes, at);
        return codes.stream().map(named::get).filter(u -> u != null && AREAS.contains(u.kind())).findFirst()
                .map(u -> VietnameseFormat.placeName(u.name())).orElse("Hà Nội");
    }

    /** "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn" under "Tỉnh Lạng Sơn" is "Sở Lao động - Thương binh và Xã hội". */
    static String withoutArea(String name, String areaName) {
        String suffix = " " + inSentence(areaName);
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /** The symbol of a body: the first letters of its words, "và" left out ("Sở Lao động - Thương binh và Xã hội": SLĐTBXH). */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !word.equalsIgnoreCase("và")) {
                initials.append(upper(word.substring(0, 1)));
            }
        }
        return initials.toString();
    }
}
