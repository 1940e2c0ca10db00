package vn.ct20.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.document.OfficialReport.Column;
import vn.ct20.platform.document.OfficialReport.Row;
import vn.ct20.testkit.PdfPages;
import vn.ct20.testkit.Workbooks;

/** The two renderings of one report model, read back as a reader and a spreadsheet would. */
class OfficialReportRenderingTest {

    static OfficialReport report(int columns, int rows) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text("Đơn vị", 24));
        for (int c = 1; c < columns; c++) {
            cols.add(Column.integer("Chỉ tiêu số " + c + " có tên dài, tính bằng đồng", 16));
        }
        List<Row> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> cells = new ArrayList<>();
            cells.add("Xã Nậm Xe, huyện Phong Thổ, tỉnh Lai Châu (" + r + ")");
            for (int c = 1; c < columns; c++) {
                cells.add(153_459_000_000L + r);
            }
            lines.add(new Row(OfficialReport.RowStyle.NORMAL, cells));
        }
        lines.add(Row.total("Tổng cộng"));
        return new OfficialReport(new OfficialReport.Issuer("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BC-SLĐTBXH"),
                "Lai Châu", LocalDate.of(2026, 2, 5), "BÁO CÁO", "Kết quả thực hiện Chỉ thị số 20-CT/TW", List.of("Kỳ báo cáo: năm 2025"),
                List.of(new OfficialReport.Text("I. KẾT QUẢ", List.of("Đoạn văn có dấu: ă â đ ê ô ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ.")),
                        new OfficialReport.Table("Biểu số 01", "SỐ LIỆU", cols, lines)),
                List.of("Ủy ban nhân dân tỉnh Lai Châu (để báo cáo)", "Lưu: VT"), new OfficialReport.Signature(null, "GIÁM ĐỐC"), "bao-cao");
    }

    @Test
    void aNarrowReportIsPortraitAndAWideOneLandscapeBothOnA4WithNothingCutOff() {
        byte[] narrow = PdfRendering.render(report(3, 5));
        assertFalse(PdfPages.landscape(narrow));
        byte[] wide = PdfRendering.render(report(12, 5));
        assertTrue(PdfPages.landscape(wide));
        for (byte[] pdf : List.of(narrow, wide)) {
            assertTrue(PdfPages.allA4(pdf));
            // A figure is never split over two lines, however many columns share the width.
            assertTrue(PdfPages.text(pdf).replaceAll("\\s+", " ").contains("153.459.000.004 153.459.000.004"), PdfPages.text(pdf));
            assertEquals(List.of(), PdfPages.glyphsOutside(pdf, PdfRendering.LEFT_MARGIN, PdfRendering.RIGHT_MARGIN));
        }
    }

    @Test
    void vietnameseTextNumbersAndDatesReadBackAsWritten() {
        String text = PdfPages.text(PdfRendering.render(report(3, 2))).replaceAll("\\s+", " ");
        assertTrue(text.contains("ă â đ ê ô ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ"), text);
        assertTrue(text.contains("153.459.000.000"), text);
        // Decree 30/2020: days below 10 and the months 1 and 2 take a leading zero.
        assertTrue(text.contains("Lai Châu, ngày 05 tháng 02 năm 2026"), text);
        assertTrue(text.contains("Số: /BC-SLĐTBXH"), text);
        assertTrue(text.contains("- Lưu: VT."), text);
    }

    @Test
    void aLongTableRepeatsItsHeadingOnEveryPage() {
        byte[] pdf = PdfRendering.render(report(3, 120));
        int pages = PdfPages.pageCount(pdf);
        assertTrue(pages >= 3, pages + " pages");
        String text = PdfPages.text(pdf);
        int headings = text.split("Chỉ tiêu số 1 có tên dài", -1).length - 1;
        // Every page holds table rows but perhaps the last (the recipients and signature may run over).
        assertTrue(headings >= pages - 1, headings + " heading rows on " + pages + " pages");
    }

    @Test
    void theWorkbookHoldsNumbersAndPrintsOnA4FittedToWidth() throws IOException {
        byte[] xlsx = XlsxRendering.render(report(12, 3));
        assertEquals(List.of("Báo cáo", "Biểu số 01"), Workbooks.sheetNames(xlsx));
        List<List<Object>> cells = Workbooks.cells(xlsx, "Biểu số 01");
        List<Object> first = cells.stream().filter(r -> r.size() > 1 && String.valueOf(r.get(1)).endsWith("(0)")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("153459000000"), first.get(2));
        String sheet = entry(xlsx, "xl/worksheets/sheet2.xml");
        assertTrue(sheet.contains("paperSize=\"9\""), "A4: " + sheet);
        assertTrue(sheet.contains("orientation=\"landscape\""), sheet);
        assertTrue(sheet.contains("fitToWidth=\"1\"") && sheet.contains("fitToPage=\"true\""), sheet);
        assertTrue(sheet.contains("&amp;P/&amp;N"), "page numbers in the footer: " + sheet);
        assertTrue(entry(xlsx, "xl/workbook.xml").contains("_xlnm.Print_Titles"), "the table heading repeats");
        assertTrue(entry(xlsx, "xl/styles.xml").contains("#,##0"), "a thousands format");
    }

    /** A part of the workbook's zip, read through its central directory (fastexcel streams its entries). */
    static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                var entry = workbook.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no " + name);
                }
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
