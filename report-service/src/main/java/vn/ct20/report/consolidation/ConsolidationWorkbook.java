package vn.ct20.report.consolidation;

import java.util.ArrayList;
import java.util.List;
import vn.ct20.platform.export.Xlsx;
import vn.ct20.report.filing.ReportContent;
import vn.ct20.report.loanfigures.LoanFigures;

/** The consolidated report as a workbook with Vietnamese headings, one sheet per section. */
final class ConsolidationWorkbook {
    private ConsolidationWorkbook() {
    }

    static Xlsx of(ConsolidatedReport report) {
        List<List<Object>> values = new ArrayList<>();
        for (ConsolidatedReport.IndicatorTotal v : report.values()) {
            ReportContent.Breakdown b = v.breakdown();
            values.add(row(v.indicatorCode(), b == null ? null : b.market(), b == null || b.sex() == null ? null : sex(b.sex()),
                    b == null ? null : b.ethnicMinority(), b == null ? null : b.poorHousehold(), b == null ? null : b.subUnit(), v.value()));
        }
        List<List<Object>> units = new ArrayList<>();
        report.unitTotals().forEach(t -> units.add(row(t.unitCode(), t.indicatorCode(), t.value())));
        List<List<Object>> tasks = new ArrayList<>();
        report.taskProgress().forEach(t -> tasks.add(row(t.unitCode(), t.number(), t.title(), taskStatus(t.status()), t.narrative())));
        List<List<Object>> targets = new ArrayList<>();
        for (ConsolidatedReport.TargetLine t : report.targets()) {
            targets.add(row(t.label(), t.indicatorCode(), t.value(), t.valueTo(), t.toYear(), t.actual(), t.attainmentPercent(), status(t.status()),
                    String.join(", ", t.shortfalls().stream().map(ConsolidatedReport.SubUnitShortfall::unitCode).toList())));
        }
        List<List<Object>> loans = new ArrayList<>();
        for (LoanFigures.Line l : report.loans().byMarket()) {
            loans.add(row(l.marketCode(), l.loansDisbursed(), l.disbursed(), l.principalRepaid(), l.outstanding(), l.overdue()));
        }
        LoanFigures.Line total = report.loans().total();
        loans.add(row("Tổng cộng", total.loansDisbursed(), total.disbursed(), total.principalRepaid(), total.outstanding(), total.overdue()));
        return Xlsx.create()
                .sheet("Số liệu tổng hợp", List.of("Chỉ tiêu", "Thị trường", "Giới tính", "Dân tộc thiểu số", "Hộ nghèo", "Đơn vị", "Giá trị"), values)
                .sheet("Số liệu theo đơn vị", List.of("Đơn vị", "Chỉ tiêu", "Giá trị"), units)
                .sheet("Tiến độ nhiệm vụ", List.of("Đơn vị", "Số hiệu", "Nhiệm vụ", "Tình trạng", "Kết quả thực hiện"), tasks)
                .sheet("Mục tiêu kế hoạch", List.of("Mục tiêu", "Chỉ tiêu", "Giá trị mục tiêu", "Đến giá trị", "Đến năm", "Thực hiện",
                        "Tỷ lệ đạt (%)", "Đánh giá", "Đơn vị chưa đạt"), targets)
                .sheet("Vốn vay NHCSXH", List.of("Thị trường", "Số khoản vay giải ngân", "Doanh số cho vay (đồng)", "Thu nợ gốc (đồng)",
                        "Dư nợ (đồng)", "Nợ quá hạn (đồng)"), loans);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String sex(ReportContent.Sex sex) {
        return sex == ReportContent.Sex.FEMALE ? "Nữ" : "Nam";
    }

    private static String status(ConsolidatedReport.TargetStatus status) {
        return switch (status) {
            case MET -> "Đạt";
            case NOT_MET -> "Không đạt";
            case NOT_YET_DUE -> "Chưa đến kỳ đánh giá";
            case NO_DATA -> "Chưa có số liệu";
        };
    }

    private static String taskStatus(String status) {
        return switch (status) {
            case "NOT_STARTED" -> "Chưa triển khai";
            case "IN_PROGRESS" -> "Đang thực hiện";
            case "DONE" -> "Hoàn thành";
            default -> "Dừng thực hiện";
        };
    }
}
