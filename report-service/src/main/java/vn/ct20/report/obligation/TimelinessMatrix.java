package vn.ct20.report.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.export.Xlsx;

@Schema(name = "TimelinessMatrix", description = "Each reporting unit (rows) against each period of a year (columns), at a business date.",
        example = """
        {"consolidatingUnitCode":"20-SLDTBXH","year":2024,"at":"2024-12-31","periods":["2024S1","2024"],
         "rows":[{"unitCode":"180","cells":{"2024S1":"LATE","2024":"ON_TIME"}},{"unitCode":"181","cells":{"2024S1":"OVERDUE","2024":"OVERDUE"}}]}""")
public record TimelinessMatrix(String consolidatingUnitCode, int year, LocalDate at, List<String> periods, List<Row> rows) {

    @Schema(name = "TimelinessMatrixRow")
    public record Row(String unitCode, @Schema(description = "Period id → timeliness; absent where the unit owed nothing") Map<String, Timeliness> cells) {
    }

    /** One sheet with the matrix in Vietnamese, one with the counts per period. */
    public Xlsx workbook() {
        List<String> headings = new ArrayList<>();
        headings.add("Đơn vị");
        headings.addAll(periods);
        List<List<Object>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<Object> line = new ArrayList<>();
            line.add(row.unitCode());
            periods.forEach(p -> line.add(row.cells().containsKey(p) ? row.cells().get(p).label() : null));
            lines.add(line);
        }
        List<List<Object>> counts = new ArrayList<>();
        for (String period : periods) {
            List<Object> line = new ArrayList<>();
            line.add(period);
            for (Timeliness t : Timeliness.values()) {
                line.add(rows.stream().filter(r -> r.cells().get(period) == t).count());
            }
            counts.add(line);
        }
        List<String> countHeadings = new ArrayList<>();
        countHeadings.add("Kỳ báo cáo");
        for (Timeliness t : Timeliness.values()) {
            countHeadings.add(t.label());
        }
        return Xlsx.create().sheet("Tình hình nộp báo cáo", headings, lines).sheet("Tổng hợp theo kỳ", countHeadings, counts);
    }
}
