package vn.ct20.report.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.document.IssuingBodies;
import vn.ct20.platform.document.OfficialReport;
import vn.ct20.platform.document.OfficialReport.Column;
import vn.ct20.platform.document.OfficialReport.Row;
import vn.ct20.platform.document.VietnameseFormat;
import vn.ct20.report.period.Period;

/**
 * The timeliness matrix as the document the consolidating body files: each reporting unit by name
 * against each period of the year, the timeliness in words, and the counts per period.
 */
@ApplicationScoped
public class TimelinessDocument {
    @Inject
    IssuingBodies bodies;

    @Inject
    BusinessDate businessDate;

    @Transactional
    public OfficialReport of(TimelinessMatrix matrix) {
        LocalDate today = businessDate.today();
        IssuingBodies.Body body = bodies.of(matrix.consolidatingUnitCode(), today);
        LocalDate yearEnd = LocalDate.of(matrix.year(), 12, 31);
        Set<String> codes = new LinkedHashSet<>();
        matrix.rows().forEach(r -> codes.add(r.unitCode()));
        Map<String, String> names = bodies.names(codes, matrix.at().isBefore(yearEnd) ? matrix.at() : yearEnd);

        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Đơn vị báo cáo", 34));
        matrix.periods().forEach(p -> columns.add(Column.text(Period.parse(p).label(), 16)));
        List<Row> rows = new ArrayList<>();
        for (TimelinessMatrix.Row row : matrix.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(names.get(row.unitCode()));
            matrix.periods().forEach(p -> cells.add(row.cells().containsKey(p) ? row.cells().get(p).label() : "Không phải báo cáo"));
            rows.add(new Row(OfficialReport.RowStyle.NORMAL, cells));
        }
        OfficialReport.Table byUnit = new OfficialReport.Table("Biểu số 01", "TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ", columns, rows);

        List<Column> countColumns = new ArrayList<>();
        countColumns.add(Column.text("Kỳ báo cáo", 22));
        for (Timeliness t : Timeliness.values()) {
            countColumns.add(Column.integer(countHeading(t), 12));
        }
        List<Row> counts = new ArrayList<>();
        for (String period : matrix.periods()) {
            List<Object> cells = new ArrayList<>();
            cells.add(Period.parse(period).label());
            for (Timeliness t : Timeliness.values()) {
                cells.add(matrix.rows().stream().filter(r -> r.cells().get(period) == t).count());
            }
            counts.add(new Row(OfficialReport.RowStyle.NORMAL, cells));
        }
        OfficialReport.Table perPeriod = new OfficialReport.Table("Biểu số 02", "TỔNG HỢP SỐ ĐƠN VỊ THEO TÌNH HÌNH NỘP BÁO CÁO", countColumns, counts);

        OfficialReport.Text summary = new OfficialReport.Text("Tình hình thực hiện chế độ báo cáo", List.of(
                matrix.rows().size() + " đơn vị có nghĩa vụ báo cáo trong năm " + matrix.year() + "; tình hình nộp báo cáo tính đến ngày "
                        + VietnameseFormat.date(matrix.at()) + " theo thời hạn của chế độ báo cáo trong kế hoạch."));
        List<String> recipients = new ArrayList<>();
        bodies.reportsTo(matrix.consolidatingUnitCode(), today).ifPresent(name -> recipients.add(name + " (để báo cáo)"));
        recipients.add("Các đơn vị báo cáo (để thực hiện)");
        recipients.add("Lưu: VT");
        return new OfficialReport(body.issuer(), body.place(), today, "BÁO CÁO",
                "Tình hình thực hiện chế độ báo cáo kết quả thực hiện Chỉ thị số 20-CT/TW năm " + matrix.year(),
                List.of("(Tính đến ngày " + VietnameseFormat.date(matrix.at()) + ")"), List.of(summary, byUnit, perPeriod), recipients,
                body.signature(), "tinh-hinh-nop-bao-cao-" + matrix.consolidatingUnitCode() + "-" + matrix.year());
    }

    /** A count column's heading: the requests without a due date say so, or "Đã nộp" would read as every unit that filed. */
    private static String countHeading(Timeliness t) {
        return switch (t) {
            case SUBMITTED_NO_DUE_DATE -> "Đã nộp, không quy định hạn (đơn vị)";
            case PENDING_NO_DUE_DATE -> "Chưa nộp, không quy định hạn (đơn vị)";
            default -> t.label() + " (đơn vị)";
        };
    }
}
