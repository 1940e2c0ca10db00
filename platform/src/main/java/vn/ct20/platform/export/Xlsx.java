package vn.ct20.platform.export;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX exports: sheets of rows under a bold heading row, written with fastexcel. Numbers stay
 * numbers (VND sums add up in the spreadsheet), dates are dates, text is text.
 */
public final class Xlsx {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<Sheet> sheets = new ArrayList<>();

    private record Sheet(String name, List<String> headings, List<List<Object>> rows) {
    }

    public static Xlsx create() {
        return new Xlsx();
    }

    /** Adds a sheet; Excel limits names to 31 characters. */
    public Xlsx sheet(String name, List<String> headings, List<List<Object>> rows) {
        sheets.add(new Sheet(name.length() > 31 ? name.substring(0, 31) : name, headings, rows));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "CT20", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                for (int c = 0; c < sheet.headings().size(); c++) {
                    ws.value(0, c, sheet.headings().get(c));
                    ws.style(0, c).bold().fillColor("DDEBF7").set();
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        write(ws, r + 1, c, row.get(c));
                    }
                }
                ws.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            ws.value(r, c, number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()));
        } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format("dd/mm/yyyy").set();
        } else if (value instanceof Boolean flag) {
            ws.value(r, c, flag ? "Có" : "Không");
        } else {
            ws.value(r, c, value.toString());
        }
    }

    /** True when the request asks for XLSX (Accept header). */
    public static boolean isAccepted(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(type -> type.toString().startsWith(MEDIA_TYPE));
    }

    /** A download response: the file name says what and when, e.g. {@code bao-cao-tong-hop-20-2024.xlsx}. */
    public Response response(String fileName) {
        return Response.ok(bytes(), MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
