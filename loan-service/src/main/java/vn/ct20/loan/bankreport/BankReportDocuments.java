package vn.ct20.loan.bankreport;

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

/**
 * The bank's reports as the documents VBSP sends (Circular 01/2020/TT-BLĐTBXH): the quarterly loan
 * report from the branch or office of the area to the labour authority of the same level, and the
 * yearly report on local capital entrusted to the bank, to the People's Committee that entrusted it.
 */
@ApplicationScoped
public class BankReportDocuments {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Inject
    IssuingBodies bodies;

    @Inject
    BusinessDate businessDate;

    @Transactional
    public OfficialReport quarterly(BankReportDtos.QuarterlyReport report) {
        LocalDate today = businessDate.today();
        IssuingBodies.Body bank = bodies.bank(report.unitCode(), today);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(report.unitCode());
        report.rows().forEach(l -> codes.add(l.unitCode()));
        Map<String, String> names = bodies.names(codes, report.to());
        List<Row> rows = new ArrayList<>();
        report.rows().forEach(l -> rows.add(Row.of(names.get(l.unitCode()), l.loansDisbursed(), l.disbursed(), l.principalRepaid(),
                l.interestCollected(), l.outstanding(), l.overdue(), l.loansOverdue())));
        BankReportDtos.Line t = report.total();
        rows.add(Row.total("Tổng cộng", t.loansDisbursed(), t.disbursed(), t.principalRepaid(), t.interestCollected(), t.outstanding(), t.overdue(),
                t.loansOverdue()));
        OfficialReport.Table table = new OfficialReport.Table("Biểu số 01", "KẾT QUẢ CHO VAY NGƯỜI LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG",
                List.of(Column.text("Đơn vị", 26), Column.integer("Số khoản vay giải ngân", 11), Column.integer("Doanh số cho vay (đồng)", 17),
                        Column.integer("Thu nợ gốc (đồng)", 17), Column.integer("Thu lãi (đồng)", 15), Column.integer("Dư nợ (đồng)", 17),
                        Column.integer("Nợ quá hạn (đồng)", 16), Column.integer("Số khoản vay quá hạn", 10)), rows);
        OfficialReport.Text summary = new OfficialReport.Text("Kết quả cho vay", List.of("Từ ngày " + VietnameseFormat.date(report.from())
                + " đến ngày " + VietnameseFormat.date(report.to()) + ", " + VietnameseFormat.inSentence(bank.name()) + " đã giải ngân "
                + VietnameseFormat.integer(t.loansDisbursed()) + " khoản vay với doanh số " + VietnameseFormat.integer(t.disbursed())
                + " đồng; dư nợ đến cuối kỳ " + VietnameseFormat.integer(t.outstanding()) + " đồng, trong đó nợ quá hạn "
                + VietnameseFormat.integer(t.overdue()) + " đồng (chi tiết tại Biểu số 01)."));
        List<String> recipients = List.of(bodies.labourAuthority(report.unitCode(), today) + " (để báo cáo)", "Lưu: VT");
        return new OfficialReport(bank.issuer(), bank.place(), today, "BÁO CÁO",
                "Kết quả cho vay người lao động đi làm việc ở nước ngoài theo hợp đồng " + VietnameseFormat.overArea(names.get(report.unitCode())),
                List.of("Quý " + ROMAN[report.quarter() - 1] + " năm " + report.year(),
                        today.isBefore(report.to()) ? "(Số liệu từ ngày " + VietnameseFormat.date(report.from()) + ", tạm tính đến ngày "
                                + VietnameseFormat.date(today) + ")"
                                : "(Số liệu từ ngày " + VietnameseFormat.date(report.from()) + " đến ngày " + VietnameseFormat.date(report.to()) + ")"),
                List.of(summary, table), recipients, bank.signature(), "bao-cao-cho-vay-" + report.unitCode() + "-" + report.year() + "-Q" + report.quarter());
    }

    @Transactional
    public OfficialReport entrustedCapital(BankReportDtos.EntrustedCapitalReport report) {
        LocalDate today = businessDate.today();
        LocalDate yearEnd = LocalDate.of(report.year(), 12, 31);
        IssuingBodies.Body bank = bodies.bank(report.unitCode(), today);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(report.unitCode());
        report.sources().forEach(s -> codes.add(s.allocationUnitCode()));
        Map<String, String> names = bodies.names(codes, yearEnd);
        List<Row> rows = new ArrayList<>();
        long[] total = new long[7];
        for (BankReportDtos.SourceLine s : report.sources()) {
            long[] figures = {s.allocated(), s.disbursedInYear(), s.principalRepaidInYear(), s.interestCollectedInYear(), s.outstandingAtYearEnd(),
                    s.overdueAtYearEnd(), s.available()};
            for (int i = 0; i < figures.length; i++) {
                total[i] += figures[i];
            }
            rows.add(Row.of(s.sourceName(), names.get(s.allocationUnitCode()), figures[0], figures[1], figures[2], figures[3], figures[4], figures[5],
                    figures[6]));
        }
        rows.add(Row.total("Tổng cộng", null, total[0], total[1], total[2], total[3], total[4], total[5], total[6]));
        OfficialReport.Table table = new OfficialReport.Table("Biểu số 01", "TÌNH HÌNH QUẢN LÝ, SỬ DỤNG NGUỒN VỐN ỦY THÁC NĂM " + report.year(),
                List.of(Column.text("Nguồn vốn", 24), Column.text("Đơn vị được giao vốn", 20), Column.integer("Vốn được giao (đồng)", 16),
                        Column.integer("Doanh số cho vay trong năm (đồng)", 16), Column.integer("Thu nợ gốc trong năm (đồng)", 16),
                        Column.integer("Thu lãi trong năm (đồng)", 14), Column.integer("Dư nợ cuối năm (đồng)", 16),
                        Column.integer("Nợ quá hạn (đồng)", 14), Column.integer("Nguồn vốn còn lại (đồng)", 16)), rows);
        List<String> recipients = new ArrayList<>();
        String committee = bodies.of(report.unitCode(), today).name();
        String labour = bodies.labourAuthority(report.unitCode(), today);
        recipients.add(committee + " (để báo cáo)");
        if (!labour.equals(committee)) {
            recipients.add(labour + " (để phối hợp)");
        }
        recipients.add("Lưu: VT");
        return new OfficialReport(bank.issuer(), bank.place(), today, "BÁO CÁO",
                "Tình hình quản lý, sử dụng nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội để cho vay người lao động "
                        + "đi làm việc ở nước ngoài " + VietnameseFormat.overArea(names.get(report.unitCode())),
                List.of("Năm " + report.year(), asOf(yearEnd, today)), List.of(table), recipients,
                bank.signature(), "bao-cao-von-uy-thac-" + report.unitCode() + "-" + report.year());
    }

    /** "(Số liệu đến ngày 31/12/2024)", or, while that day is still to come, the figures so far. */
    private static String asOf(LocalDate end, LocalDate today) {
        return today.isBefore(end) ? "(Số liệu tạm tính đến ngày " + VietnameseFormat.date(today) + ")"
                : "(Số liệu đến ngày " + VietnameseFormat.date(end) + ")";
    }
}
