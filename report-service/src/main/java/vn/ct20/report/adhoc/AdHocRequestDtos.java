package vn.ct20.report.adhoc;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.web.Codes;

public final class AdHocRequestDtos {

    private AdHocRequestDtos() {
    }

    @Schema(name = "AdHocRequestCreate", description = "Ask units below yours for an ad-hoc report.", example = """
            {"title":"Báo cáo đột xuất tình hình người lao động huyện Phong Thổ đi làm việc tại Hàn Quốc",
             "requestingUnitCode":"12","dueDate":"2026-12-15","coversFrom":"2026-01-01","coversTo":"2026-11-30",
             "unitCodes":["109","110"]}""")
    public record CreateAdHocRequest(
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Pattern(regexp = Codes.UNIT) @Schema(description = "Unit that asks and consolidates", example = "12")
            String requestingUnitCode,
            @NotNull @Schema(description = "Date by which every unit must report", example = "2026-12-15") LocalDate dueDate,
            @NotNull @Schema(description = "First day of the data asked for", example = "2026-01-01") LocalDate coversFrom,
            @NotNull @Schema(description = "Last day of the data asked for", example = "2026-11-30") LocalDate coversTo,
            @NotEmpty @Size(max = 5000) @Schema(description = "Units below the requesting unit that must report")
            List<@NotBlank @Pattern(regexp = Codes.UNIT) String> unitCodes) {
    }

    @Schema(name = "AdHocRequest", example = """
            {"id":"6f1d7c5e-2b4a-4e7f-9a0c-3d2e1f0a9b8c","title":"Báo cáo đột xuất tình hình người lao động đi làm việc tại Hàn Quốc",
             "requestingUnitCode":"12","dueDate":"2026-12-15","coversFrom":"2026-01-01","coversTo":"2026-11-30",
             "unitCodes":["109","110"],"requestedBy":"nguyen.van.a@laichau","createdAt":"2026-11-22T03:00:00Z"}""")
    public record AdHocRequestView(UUID id, String title, String requestingUnitCode, LocalDate dueDate, LocalDate coversFrom,
                                   LocalDate coversTo, List<String> unitCodes, String requestedBy, Instant createdAt) {
        static AdHocRequestView of(AdHocRequest r) {
            return new AdHocRequestView(r.id, r.title, r.requestingUnitCode, r.dueDate, r.coversFrom, r.coversTo,
                    List.copyOf(r.unitCodes), r.requestedBy, r.createdAt);
        }
    }
}
