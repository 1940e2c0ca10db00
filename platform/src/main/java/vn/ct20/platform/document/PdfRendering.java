package vn.ct20.platform.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.ct20.platform.document.OfficialReport.Column;
import vn.ct20.platform.document.OfficialReport.Kind;
import vn.ct20.platform.document.OfficialReport.Row;
import vn.ct20.platform.document.OfficialReport.RowStyle;
import vn.ct20.platform.document.OfficialReport.Table;

/**
 * Renders an {@link OfficialReport} as an A4 PDF with OpenPDF, in the layout of Decree 30/2020:
 * margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman's metrics (Liberation
 * Serif, embedded: the reader needs no font of its own and every Vietnamese letter shows); page
 * numbers centred at the top from the second page; tables fitted to the printable width with
 * their heading row repeated on every page.
 */
public final class PdfRendering {
    public static final String MEDIA_TYPE = "application/pdf";

    static final float MM = 72f / 25.4f;
    public static final float LEFT_MARGIN = 30 * MM;
    public static final float RIGHT_MARGIN = 15 * MM;
    static final float TOP_MARGIN = 20 * MM;
    static final float BOTTOM_MARGIN = 20 * MM;
    /** 210 × 297 mm exactly (OpenPDF's PageSize.A4 rounds it to whole points). */
    static final Rectangle A4 = new Rectangle(210 * MM, 297 * MM);

    /** Table text, in points. */
    static final float BODY_SIZE = 11;

    private PdfRendering() {
    }

    /** Liberation Serif, read once from openpdf-fonts-extra on the class path: nothing is fetched at run time. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PdfRendering.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is not on the class path (openpdf-fonts-extra)");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Font regular(float size) {
        return new Font(Fonts.REGULAR, size);
    }

    private static Font bold(float size) {
        return new Font(Fonts.BOLD, size);
    }

    private static Font italic(float size) {
        return new Font(Fonts.ITALIC, size);
    }

    private static Font boldItalic(float size) {
        return new Font(Fonts.BOLD_ITALIC, size);
    }

    public static byte[] render(OfficialReport report) {
        Rectangle page = report.landscape() ? A4.rotate() : A4;
        Document document = new Document(page, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(report.title() + " " + report.subject());
            document.addSubject(String.join("; ", report.periodLines()));
            document.addAuthor(report.issuer().body());
            document.addCreator("CT20");
            document.open();
            document.add(heading(report));
            document.add(centred(report.title(), bold(14), 18, 0));
            document.add(centred(report.subject(), bold(13), 0, 0));
            for (String line : report.periodLines()) {
                document.add(centred(line, italic(13), 0, 0));
            }
            document.add(new Paragraph(" ", regular(6)));
            for (OfficialReport.Section section : report.sections()) {
                if (section instanceof OfficialReport.Table table) {
                    addTable(document, writer, table);
                } else if (section instanceof OfficialReport.Text text) {
                    addText(document, text);
                }
            }
            document.add(closing(report));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** Issuing body and number on the left, the national motto, place and date on the right. */
    private static PdfPTable heading(OfficialReport report) throws DocumentException {
        PdfPTable heading = new PdfPTable(new float[] {45, 55});
        heading.setWidthPercentage(100);
        PdfPCell left = borderless();
        OfficialReport.Issuer issuer = report.issuer();
        if (issuer.superiorBody() != null) {
            left.addElement(centred(issuer.superiorBody(), regular(12), 0, 0));
        }
        left.addElement(centred(issuer.body(), bold(12), 0, 0));
        left.addElement(rule(35));
        left.addElement(centred("Số:        /" + issuer.symbol(), regular(13), 4, 0));
        PdfPCell right = borderless();
        right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold(12), 0, 0));
        right.addElement(centred("Độc lập - Tự do - Hạnh phúc", bold(13), 0, 0));
        right.addElement(rule(45));
        right.addElement(centred(report.place() + ", " + VietnameseFormat.dateInWords(report.date()), italic(13), 4, 0));
        heading.addCell(left);
        heading.addCell(right);
        return heading;
    }

    private static Paragraph rule(float percent) {
        // Drawn on the baseline of its own line: a leading of 7 points puts it under the descenders of the line above.
        Paragraph line = new Paragraph(new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0)));
        line.setLeading(7);
        return line;
    }

    private static Paragraph centred(String text, Font font, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static void addText(Document document, OfficialReport.Text text) throws DocumentException {
        Paragraph heading = new Paragraph(text.heading(), bold(13));
        heading.setSpacingBefore(8);
        document.add(heading);
        for (String line : text.paragraphs()) {
            Paragraph paragraph = new Paragraph(line, regular(13));
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(10 * MM);
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }
    }

    /** Room a table's number, caption, heading row and first rows need; less than this left on a page starts a new one. */
    private static final float TABLE_START = 110;

    private static void addTable(Document document, PdfWriter writer, Table table) throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < TABLE_START) {
            document.newPage(); // a caption is never left alone at the foot of a page
        }
        Paragraph number = new Paragraph(table.number(), boldItalic(12));
        number.setAlignment(Element.ALIGN_RIGHT);
        number.setSpacingBefore(10);
        document.add(number);
        document.add(centred(table.caption(), bold(13), 0, 6));
        List<Column> columns = table.columns();
        Layout layout = layout(table, document.right() - document.left());
        float size = layout.fontSize();
        PdfPTable pdf = new PdfPTable(layout.widths());
        pdf.setTotalWidth(document.right() - document.left());
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        // A row moves to the next page whole (a row taller than a page still splits).
        pdf.setSplitLate(true);
        pdf.addCell(headingCell("STT", size));
        columns.forEach(c -> pdf.addCell(headingCell(c.heading(), size)));
        // A large table goes onto the pages in chunks: laid out whole, OpenPDF's time grows with the square of its rows.
        pdf.setComplete(false);
        int serial = 0;
        int added = 0;
        for (Row row : table.rows()) {
            if (++added % CHUNK_ROWS == 0) {
                document.add(pdf);
            }
            boolean strong = row.emphasised();
            Font font = strong ? bold(size) : regular(size);
            pdf.addCell(cell(row.numbered() ? Integer.toString(++serial) : "", font, Element.ALIGN_CENTER, 0));
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < row.cells().size() ? row.cells().get(c) : null;
                Kind kind = columns.get(c).kind();
                float indent = c == 0 && row.style() == RowStyle.DETAIL ? 4 * MM : 0;
                pdf.addCell(cell(text(value, kind), font, value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, indent));
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = cell("Không có số liệu", italic(size), Element.ALIGN_CENTER, 0);
            none.setColspan(columns.size() + 1);
            pdf.addCell(none);
        }
        pdf.setComplete(true);
        document.add(pdf);
    }

    /** Rows laid out at a time in a large table. */
    private static final int CHUNK_ROWS = 100;

    /** Padding left and right of a cell's text, in points. */
    private static final float CELL_PADDING = 3;

    /** A table's column widths in points and the size of its text. */
    record Layout(float[] widths, float fontSize) {
    }

    /** Narrowest a wrapping text column may become, in points: about eight characters. */
    private static final float MIN_TEXT_WIDTH = 48;

    /**
     * Column widths over the printable width in proportion to the columns' widths, except that a
     * figure never wraps (153.459.000.000 split over two lines misreads as two numbers): a number
     * column is widened to its widest figure and the text columns, which wrap, give way. When even
     * that does not fit, the table's text gets smaller, down to 7 points.
     */
    static Layout layout(Table table, float printable) {
        for (float size = BODY_SIZE; size > 7; size -= 0.5f) {
            float[] widths = widths(table, printable, size);
            if (widths != null) {
                return new Layout(widths, size);
            }
        }
        // More figures than a landscape page holds even at 7 points: in proportion, and the widest figures wrap.
        float[] widths = new float[table.columns().size() + 1];
        widths[0] = (float) OfficialReport.STT_WIDTH;
        for (int c = 0; c < table.columns().size(); c++) {
            widths[c + 1] = (float) table.columns().get(c).width();
        }
        return new Layout(widths, 7);
    }

    /**
     * The widths at {@code size}, or null when they do not fit: STT and each figure column as wide as
     * its widest text (and at least its share), then each text column gets its floor (eight characters,
     * or its share if less) and the rest of the width in proportion to its columns' width.
     */
    private static float[] widths(Table table, float printable, float size) {
        List<Column> columns = table.columns();
        int n = columns.size() + 1;
        double total = table.width();
        float[] widths = new float[n];
        float[] floors = new float[n];
        float room = printable;
        float textWeight = 0;
        float floorSum = 0;
        for (int c = 0; c < n; c++) {
            Column column = c == 0 ? null : columns.get(c - 1);
            float share = (float) ((c == 0 ? OfficialReport.STT_WIDTH : column.width()) / total * printable);
            if (column != null && column.kind() == Kind.TEXT) {
                floors[c] = Math.min(MIN_TEXT_WIDTH, share);
                floorSum += floors[c];
                textWeight += (float) column.width();
            } else {
                widths[c] = Math.max(share, widestText(table, c, size) + 2 * CELL_PADDING + 1);
                room -= widths[c];
            }
        }
        if (room < floorSum) {
            return null;
        }
        for (int c = 1; c < n; c++) {
            if (columns.get(c - 1).kind() == Kind.TEXT) {
                widths[c] = floors[c] + (room - floorSum) * (float) columns.get(c - 1).width() / textWeight;
            }
        }
        if (textWeight == 0) {
            // Only figures: they fit, and take the whole width in proportion.
            for (int c = 0; c < n; c++) {
                widths[c] *= printable / (printable - room);
            }
        }
        return widths;
    }

    /** The widest text of column {@code c} (0: STT) in bold, its heading's first word included. */
    private static float widestText(Table table, int c, float size) {
        if (c == 0) {
            return Fonts.BOLD.getWidthPoint(Integer.toString(Math.max(table.rows().size(), 10)), size);
        }
        Column column = table.columns().get(c - 1);
        float widest = Fonts.BOLD.getWidthPoint(column.heading().split("\\s+")[0], size - 1);
        for (Row row : table.rows()) {
            Object value = c - 1 < row.cells().size() ? row.cells().get(c - 1) : null;
            widest = Math.max(widest, Fonts.BOLD.getWidthPoint(text(value, column.kind()), size));
        }
        return widest;
    }

    static String text(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return kind == Kind.DECIMAL ? VietnameseFormat.decimal(number) : VietnameseFormat.integer(number);
        }
        return value.toString();
    }

    private static PdfPCell headingCell(String text, float size) {
        PdfPCell cell = cell(text, bold(size - 1), Element.ALIGN_CENTER, 0);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment, float indent) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingLeft(CELL_PADDING + indent);
        cell.setPaddingRight(CELL_PADDING);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** "Nơi nhận" on the left, the signature block on the right; the name is left blank to sign. */
    private static PdfPTable closing(OfficialReport report) throws DocumentException {
        PdfPTable closing = new PdfPTable(new float[] {50, 50});
        closing.setWidthPercentage(100);
        closing.setSpacingBefore(14);
        closing.setKeepTogether(true);
        PdfPCell recipients = borderless();
        recipients.addElement(new Paragraph("Nơi nhận:", boldItalic(12)));
        for (int i = 0; i < report.recipients().size(); i++) {
            String end = i == report.recipients().size() - 1 ? "." : ";";
            Paragraph line = new Paragraph("- " + report.recipients().get(i) + end, regular(11));
            line.setLeading(13);
            recipients.addElement(line);
        }
        PdfPCell signature = borderless();
        OfficialReport.Signature sign = report.signature();
        if (sign.authority() != null) {
            signature.addElement(centred(sign.authority(), bold(13), 0, 0));
        }
        signature.addElement(centred(sign.position(), bold(13), 0, 0));
        signature.addElement(centred("(Ký, ghi rõ họ tên, đóng dấu)", italic(12), 0, 0));
        closing.addCell(recipients);
        closing.addCell(signature);
        return closing;
    }

    /** Decree 30/2020: the page number centred at the top, from the second page on. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                Rectangle size = document.getPageSize();
                float x = (size.getLeft() + LEFT_MARGIN + size.getRight() - RIGHT_MARGIN) / 2;
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(Integer.toString(page), regular(13)), x,
                        size.getTop() - TOP_MARGIN / 2, 0);
            }
        }
    }
}
