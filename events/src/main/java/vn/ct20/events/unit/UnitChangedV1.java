package vn.ct20.events.unit;

import java.time.LocalDate;

/**
 * Payload of {@code ct20.unit.changed.v1}: the full latest state of one unit version.
 * The record key and the envelope subject are {@code code@validFrom}, because a code can name
 * an old and a new unit (the 2025 restructuring kept one predecessor's code for a merged unit).
 *
 * @param code          GSO code for territories (2 digits province, 3 district, 5 commune) or the body's code
 * @param name          official Vietnamese name, e.g. "Huyện Phong Thổ"
 * @param kind          COUNTRY, PROVINCE, DISTRICT, COMMUNE, or a body kind such as DOLISA
 * @param parentCode    code of the parent unit at {@code validFrom}; null only for the country
 * @param validFrom     first day the unit exists in this form
 * @param validTo       last day it exists in this form; null while in force
 * @param successorCode unit that took over when this one ceased, if any
 * @param version       increases with every change, so a consumer can ignore an older state
 */
public record UnitChangedV1(
        String code,
        String name,
        String kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode,
        long version) {

    public String key() {
        return code + "@" + validFrom;
    }
}
