package vn.ct20.report.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelinessMatrix", description = "Each reporting unit (rows) against each period of a year (columns), at a business date.",
        example = """
        {"consolidatingUnitCode":"20-SLDTBXH","year":2024,"at":"2024-12-31","periods":["2024S1","2024"],
         "rows":[{"unitCode":"180","cells":{"2024S1":"LATE","2024":"ON_TIME"}},{"unitCode":"181","cells":{"2024S1":"OVERDUE","2024":"OVERDUE"}}]}""")
public record TimelinessMatrix(String consolidatingUnitCode, int year, LocalDate at, List<String> periods, List<Row> rows) {

    @Schema(name = "TimelinessMatrixRow")
    public record Row(String unitCode, @Schema(description = "Period id → timeliness; absent where the unit owed nothing") Map<String, Timeliness> cells) {
    }
}
