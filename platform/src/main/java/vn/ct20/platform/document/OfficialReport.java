package vn.ct20.platform.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report in the official form of Vietnamese administrative documents (Decree 30/2020/NĐ-CP,
 * Appendix I; the tables as "Biểu số" of Decree 09/2019/NĐ-CP): the issuing body and document
 * number on the left, the national motto on the right, place and date, the title and subject, the
 * period in words, numbered tables and text sections, the recipients ("Nơi nhận") and the signature
 * block. One model, rendered to PDF by {@link PdfRendering} and to XLSX by {@link XlsxRendering}.
 *
 * @param issuer     who issues it and under whom
 * @param place      the place named before the date ("Lạng Sơn")
 * @param date       the date of the report
 * @param title      "BÁO CÁO"
 * @param subject    what it reports on, one line under the title
 * @param periodLines the period in words and its data cut-off, in italics under the subject
 * @param sections   tables and text, in order
 * @param recipients the "Nơi nhận" list, each without its leading dash
 * @param signature  who signs; the name is left blank to sign
 * @param fileName   the download's name without extension ("bao-cao-tong-hop-20-2024")
 */
public record OfficialReport(Issuer issuer, String place, LocalDate date, String title, String subject, List<String> periodLines,
                             List<Section> sections, List<String> recipients, Signature signature, String fileName) {

    /**
     * @param superiorBody the body the issuer belongs to, upper case ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"); null for none
     * @param body         the issuing body, upper case ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
     * @param symbol       the document symbol after the blank number ("BC-SLĐTBXH" gives "Số:      /BC-SLĐTBXH")
     */
    public record Issuer(String superiorBody, String body, String symbol) {
    }

    /**
     * @param authority "TM. ỦY BAN NHÂN DÂN" when signing on behalf of a collective body; null otherwise
     * @param position  "GIÁM ĐỐC", "CHỦ TỊCH"
     */
    public record Signature(String authority, String position) {
    }

    public sealed interface Section permits Table, Text {
    }

    /** A heading and paragraphs, e.g. difficulties and proposals quoted from the reports. */
    public record Text(String heading, List<String> paragraphs) implements Section {
    }

    /**
     * A numbered table ("Biểu số 01"). The first column is always STT (added by the renderings).
     *
     * @param number  "Biểu số 01"
     * @param caption what the table shows
     */
    public record Table(String number, String caption, List<Column> columns, List<Row> rows) implements Section {

        /** Width in characters of the columns together with STT: decides portrait or landscape. */
        public double width() {
            return STT_WIDTH + columns.stream().mapToDouble(Column::width).sum();
        }
    }

    /** Characters of the STT (row number) column. */
    static final double STT_WIDTH = 6;

    /** What a column holds: how it is aligned and formatted. */
    public enum Kind {
        /** Text, wrapped. */
        TEXT,
        /** A whole number (persons, loans, VND): thousands separators, a number in XLSX. */
        INTEGER,
        /** A decimal such as a percentage, up to two places. */
        DECIMAL
    }

    /**
     * @param heading the column heading, with its unit of measure where it has one ("Dư nợ (đồng)")
     * @param width   in characters, as a spreadsheet counts them
     */
    public record Column(String heading, Kind kind, double width) {
        public static Column text(String heading, double width) {
            return new Column(heading, Kind.TEXT, width);
        }

        public static Column integer(String heading, double width) {
            return new Column(heading, Kind.INTEGER, width);
        }

        public static Column decimal(String heading, double width) {
            return new Column(heading, Kind.DECIMAL, width);
        }
    }

    /** How a row stands out: a detail row, a total. */
    public enum RowStyle {
        NORMAL,
        /** Indented, without a row number: a breakdown of the row above. */
        DETAIL,
        /** Bold, without a row number: "Tổng cộng". */
        TOTAL
    }

    /** Cells in column order: String, a Number, or null for an empty cell. */
    public record Row(RowStyle style, List<Object> cells) {
        public static Row of(Object... cells) {
            return new Row(RowStyle.NORMAL, Arrays.asList(cells));
        }

        public static Row detail(Object... cells) {
            return new Row(RowStyle.DETAIL, Arrays.asList(cells));
        }

        public static Row total(Object... cells) {
            return new Row(RowStyle.TOTAL, Arrays.asList(cells));
        }

        /** True when the row takes a number in the STT column. */
        public boolean numbered() {
            return style == RowStyle.NORMAL;
        }

        /** True when the row is set in bold: a total. */
        public boolean emphasised() {
            return style == RowStyle.TOTAL;
        }
    }

    /** Portrait A4 holds about this many characters of table at 11 pt; wider tables turn the page. */
    static final double PORTRAIT_WIDTH = 95;

    /** Landscape when any table is wider than a portrait page holds. */
    public boolean landscape() {
        return sections.stream().anyMatch(s -> s instanceof Table t && t.width() > PORTRAIT_WIDTH);
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        sections.forEach(s -> {
            if (s instanceof Table t) {
                tables.add(t);
            }
        });
        return tables;
    }
}
