package vn.ct20.plan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.web.Codes;

/** The JSON shapes of the units API. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(name = "UnitCreate", description = "A new administrative unit or body.", example = """
            {"code":"109","name":"Huyện Phong Thổ","kind":"DISTRICT","parentCode":"12","validFrom":"2004-01-01","validTo":"2025-06-30"}""")
    public record CreateUnit(
            @NotBlank @Pattern(regexp = Codes.UNIT, message = "must be 2 to 20 capital letters, digits, '.', '_' or '-'")
            @Schema(description = "GSO code (province 2 digits, district 3, commune 5) or the body's code", example = "109")
            String code,
            @NotBlank @Size(max = 300)
            @Schema(description = "Official Vietnamese name", example = "Huyện Phong Thổ")
            String name,
            @NotNull
            @Schema(description = "Territory level or kind of body", example = "DISTRICT")
            UnitKind kind,
            @Pattern(regexp = Codes.UNIT, message = "must be 2 to 20 capital letters, digits, '.', '_' or '-'")
            @Schema(description = "Code of the parent unit in force on validFrom; required except for the country", example = "12")
            String parentCode,
            @NotNull
            @Schema(description = "First day the unit exists in this form", example = "2004-01-01")
            LocalDate validFrom,
            @Schema(description = "Last day it exists in this form; empty while in force", example = "2025-06-30", nullable = true)
            LocalDate validTo) {
    }

    @Schema(name = "Unit", description = "An administrative unit or body in one form.", example = """
            {"code":"109","name":"Huyện Phong Thổ","kind":"DISTRICT","parentCode":"12","validFrom":"2004-01-01",
             "validTo":"2025-06-30","successorCode":null,"version":0}""")
    public record UnitView(
            String code, String name, UnitKind kind, @Schema(nullable = true) String parentCode, LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo, @Schema(nullable = true) String successorCode, long version) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.code, unit.name, unit.kind, unit.parentCode, unit.validFrom, unit.validTo,
                    unit.successorCode, unit.version);
        }
    }

    @Schema(name = "UnitLink", description = "A unit linked to another by the 2025 restructuring or a merger.", example = """
            {"code":"03549","name":"Xã Phong Thổ","kind":"COMMUNE","parentCode":"12","validFrom":"2025-07-01","validTo":null,"share":"FULL"}""")
    public record UnitLink(
            String code, String name, UnitKind kind, @Schema(nullable = true) String parentCode, LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @Schema(description = "FULL: the whole predecessor went into the successor; PARTIAL: part of it did") String share) {

        static UnitLink of(Unit unit, String share) {
            return new UnitLink(unit.code, unit.name, unit.kind, unit.parentCode, unit.validFrom, unit.validTo, share);
        }
    }
}
