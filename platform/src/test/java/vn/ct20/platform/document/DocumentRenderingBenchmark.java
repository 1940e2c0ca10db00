package vn.ct20.platform.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What an official document costs over the data it shows: a table of N units (a province's districts,
 * its communes, the country's communes) rendered to PDF and XLSX, against the baseline of the same rows
 * written as JSON in the same run. Run with bench/report-documents.sh; prints figures, asserts nothing
 * about time.
 */
@Tag("benchmark")
class DocumentRenderingBenchmark {
    private static final int ROUNDS = 5;

    @Test
    void renderingAgainstTheDataAsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        System.out.println("report documents (median of " + ROUNDS + " after warm-up)");
        System.out.printf("  %8s %10s %10s %10s %9s %9s %11s%n", "rows", "JSON ms", "PDF ms", "XLSX ms", "PDF/JSON", "XLSX/JSON", "PDF µs/row");
        for (int rows : new int[] {34, 700, 3_321, 10_599}) {
            OfficialReport report = report(rows);
            List<List<Object>> data = report.tables().get(0).rows().stream().map(OfficialReport.Row::cells).toList();
            for (int w = 0; w < 2; w++) {
                json.writeValueAsBytes(data);
                PdfRendering.render(report);
                XlsxRendering.render(report);
            }
            double jsonMs = median(() -> json.writeValueAsBytes(data));
            double pdfMs = median(() -> PdfRendering.render(report));
            double xlsxMs = median(() -> XlsxRendering.render(report));
            System.out.printf("  %,8d %10.1f %10.1f %10.1f %9.1f %9.1f %11.1f%n", rows, jsonMs, pdfMs, xlsxMs, pdfMs / jsonMs, xlsxMs / jsonMs,
                    pdfMs * 1000 / rows);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[ROUNDS / 2];
    }

    private static OfficialReport report(int rows) {
        List<OfficialReport.Column> columns = List.of(OfficialReport.Column.text("Đơn vị", 28),
                OfficialReport.Column.integer("Số lao động đi làm việc ở nước ngoài (người)", 16), OfficialReport.Column.integer("Doanh số cho vay (đồng)", 18),
                OfficialReport.Column.integer("Dư nợ (đồng)", 18), OfficialReport.Column.integer("Nợ quá hạn (đồng)", 16));
        List<OfficialReport.Row> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(OfficialReport.Row.of("Xã " + i + ", huyện Phong Thổ, tỉnh Lai Châu", 100 + i % 50, 1_500_000_000L + 7L * i,
                    1_200_000_000L + 3L * i, i % 7 == 0 ? 25_000_000L : 0L));
        }
        lines.add(OfficialReport.Row.total("Tổng cộng", null, null, null, null));
        return new OfficialReport(new OfficialReport.Issuer("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BC-SLĐTBXH"),
                "Lai Châu", LocalDate.of(2026, 11, 29), "BÁO CÁO", "Số liệu theo đơn vị", List.of("Năm 2025"),
                List.of(new OfficialReport.Table("Biểu số 01", "SỐ LIỆU THEO ĐƠN VỊ", columns, lines)), List.of("Lưu: VT"),
                new OfficialReport.Signature(null, "GIÁM ĐỐC"), "bench");
    }
}
