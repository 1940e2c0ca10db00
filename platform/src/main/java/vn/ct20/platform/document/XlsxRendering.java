package vn.ct20.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ct20.platform.document.OfficialReport.Column;
import vn.ct20.platform.document.OfficialReport.Kind;
import vn.ct20.platform.document.OfficialReport.Row;
import vn.ct20.platform.document.OfficialReport.RowStyle;
import vn.ct20.platform.document.OfficialReport.Table;

/**
 * Renders an {@link OfficialReport} as a workbook: a first sheet "Báo cáo" with the heading, text,
 * recipients and signature, then one sheet per table ("Biểu số 01" …). Figures are numbers with a
 * thousands format, so they still add up in Excel (which shows 153.459.000.000 on a Vietnamese
 * system); every sheet prints on A4, fitted to the page width, with its table heading repeated.
 */
public final class XlsxRendering {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FONT = "Times New Roman";
    static final String INTEGER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";
    /** The cover sheet's columns: two halves of three, for the heading's two sides. */
    private static final int COVER_COLUMNS = 6;

    private XlsxRendering() {
    }

    public static byte[] render(OfficialReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "CT20", "1.0");
            workbook.properties().setTitle(report.title() + " " + report.subject());
            workbook.properties().setSubject(String.join("; ", report.periodLines()));
            cover(workbook.newWorksheet("Báo cáo"), report);
            for (Table table : report.tables()) {
                table(workbook.newWorksheet(sheetName(table.number())), report, table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel limits sheet names to 31 characters. */
    private static String sheetName(String name) {
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void cover(Worksheet ws, OfficialReport report) {
        for (int c = 0; c < COVER_COLUMNS; c++) {
            ws.width(c, 15);
        }
        int row = heading(ws, report, COVER_COLUMNS);
        for (OfficialReport.Section section : report.sections()) {
            if (section instanceof OfficialReport.Text text) {
                row++;
                text(ws, row++, 0, COVER_COLUMNS - 1, text.heading(), Style.BOLD);
                for (String paragraph : text.paragraphs()) {
                    text(ws, row, 0, COVER_COLUMNS - 1, paragraph, Style.WRAPPED);
                    // Wrapped text does not grow its row by itself in every reader: about 95 characters a line.
                    ws.rowHeight(row++, 15.75 * Math.max(1, Math.ceil(paragraph.length() / 95.0)));
                }
            } else if (section instanceof Table table) {
                text(ws, row++, 0, COVER_COLUMNS - 1, table.number() + ": " + table.caption() + " (trang tính \"" + sheetName(table.number()) + "\")",
                        Style.PLAIN);
            }
        }
        row++;
        int half = COVER_COLUMNS / 2;
        text(ws, row, 0, half - 1, "Nơi nhận:", Style.BOLD_ITALIC);
        OfficialReport.Signature sign = report.signature();
        int signRow = row;
        if (sign.authority() != null) {
            text(ws, signRow++, half, COVER_COLUMNS - 1, sign.authority(), Style.BOLD_CENTRED);
        }
        text(ws, signRow++, half, COVER_COLUMNS - 1, sign.position(), Style.BOLD_CENTRED);
        text(ws, signRow, half, COVER_COLUMNS - 1, "(Ký, ghi rõ họ tên, đóng dấu)", Style.ITALIC_CENTRED);
        for (int i = 0; i < report.recipients().size(); i++) {
            String end = i == report.recipients().size() - 1 ? "." : ";";
            text(ws, ++row, 0, half - 1, "- " + report.recipients().get(i) + end, Style.PLAIN);
        }
        pageSetup(ws, false, -1);
    }

    /** The document heading over {@code width} columns; answers the next free row. */
    private static int heading(Worksheet ws, OfficialReport report, int width) {
        int half = Math.max(1, width / 2);
        OfficialReport.Issuer issuer = report.issuer();
        text(ws, 0, 0, half - 1, issuer.superiorBody() == null ? "" : issuer.superiorBody(), Style.CENTRED);
        text(ws, 1, 0, half - 1, issuer.body(), Style.BOLD_CENTRED);
        text(ws, 2, 0, half - 1, "Số:        /" + issuer.symbol(), Style.CENTRED);
        text(ws, 0, half, width - 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD_CENTRED);
        text(ws, 1, half, width - 1, "Độc lập - Tự do - Hạnh phúc", Style.BOLD_CENTRED);
        text(ws, 2, half, width - 1, report.place() + ", " + VietnameseFormat.dateInWords(report.date()), Style.ITALIC_CENTRED);
        int row = 4;
        text(ws, row++, 0, width - 1, report.title(), Style.TITLE);
        text(ws, row++, 0, width - 1, report.subject(), Style.BOLD_CENTRED);
        for (String line : report.periodLines()) {
            text(ws, row++, 0, width - 1, line, Style.ITALIC_CENTRED);
        }
        return row;
    }

    private static void table(Worksheet ws, OfficialReport report, Table table) {
        List<Column> columns = table.columns();
        int width = columns.size() + 1;
        ws.width(0, OfficialReport.STT_WIDTH + 1);
        for (int c = 0; c < columns.size(); c++) {
            ws.width(c + 1, columns.get(c).width() + 1);
        }
        int row = heading(ws, report, width);
        text(ws, row++, 0, width - 1, table.number(), Style.BOLD_ITALIC_RIGHT);
        text(ws, row++, 0, width - 1, table.caption(), Style.BOLD_CENTRED);
        int headingRow = ++row;
        headingCell(ws, headingRow, 0, "STT");
        for (int c = 0; c < columns.size(); c++) {
            headingCell(ws, headingRow, c + 1, columns.get(c).heading());
        }
        int serial = 0;
        for (Row line : table.rows()) {
            row++;
            boolean strong = line.emphasised();
            if (line.numbered()) {
                ws.value(row, 0, ++serial);
            }
            var numberStyle = ws.style(row, 0).horizontalAlignment("center").borderStyle(BorderStyle.THIN).fontName(FONT);
            (strong ? numberStyle.bold() : numberStyle).set();
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < line.cells().size() ? line.cells().get(c) : null;
                Kind kind = columns.get(c).kind();
                var style = ws.style(row, c + 1).borderStyle(BorderStyle.THIN).fontName(FONT).verticalAlignment("top");
                if (strong) {
                    style = style.bold();
                }
                if (value instanceof Number number) {
                    ws.value(row, c + 1, number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()));
                    style = style.format(kind == Kind.DECIMAL && hasFraction(number) ? DECIMAL_FORMAT : INTEGER_FORMAT);
                } else if (value != null) {
                    ws.value(row, c + 1, (c == 0 && line.style() == RowStyle.DETAIL ? "   " : "") + value);
                    style = style.wrapText(true);
                }
                style.set();
            }
        }
        if (table.rows().isEmpty()) {
            text(ws, ++row, 0, width - 1, "Không có số liệu", Style.ITALIC_CENTRED);
        }
        pageSetup(ws, table.width() > OfficialReport.PORTRAIT_WIDTH, headingRow);
        ws.freezePane(0, headingRow + 1);
    }

    /** 5.000 people show as 5.000, 14,52 % as 14,52: two places only where there is a fraction. */
    private static boolean hasFraction(Number number) {
        BigDecimal value = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        return value.stripTrailingZeros().scale() > 0;
    }

    private static void headingCell(Worksheet ws, int row, int column, String text) {
        ws.value(row, column, text);
        ws.style(row, column).bold().fontName(FONT).wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                .borderStyle(BorderStyle.THIN).fillColor("F2F2F2").set();
    }

    /** A4, fitted to one page wide, the table heading repeated on each page, "Trang n/N" at the foot. */
    private static void pageSetup(Worksheet ws, boolean landscape, int repeatedRow) {
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation(landscape ? "landscape" : "portrait");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(30 / 25.4f);
        ws.rightMargin(15 / 25.4f);
        ws.topMargin(20 / 25.4f);
        ws.bottomMargin(20 / 25.4f);
        if (repeatedRow >= 0) {
            ws.repeatRows(repeatedRow);
        }
        ws.footer("Trang &P/&N", Position.CENTER);
    }

    private enum Style {
        PLAIN, WRAPPED, CENTRED, BOLD, BOLD_ITALIC, BOLD_CENTRED, ITALIC_CENTRED, BOLD_ITALIC_RIGHT, TITLE
    }

    /** Text merged over columns {@code from}..{@code to} of a row. */
    private static void text(Worksheet ws, int row, int from, int to, String text, Style style) {
        ws.value(row, from, text);
        var range = ws.range(row, from, row, to);
        var setter = range.style().fontName(FONT);
        setter = switch (style) {
            case PLAIN -> setter;
            case WRAPPED -> setter.wrapText(true).verticalAlignment("top");
            case CENTRED -> setter.horizontalAlignment("center");
            case BOLD -> setter.bold();
            case BOLD_ITALIC -> setter.bold().italic();
            case BOLD_CENTRED -> setter.bold().horizontalAlignment("center");
            case ITALIC_CENTRED -> setter.italic().horizontalAlignment("center");
            case BOLD_ITALIC_RIGHT -> setter.bold().italic().horizontalAlignment("right");
            case TITLE -> setter.bold().fontSize(14).horizontalAlignment("center");
        };
        if (to > from) {
            setter.merge();
        }
        setter.set();
    }
}
