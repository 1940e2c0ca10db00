package vn.ct20.report.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads an exported workbook back, to check what a user would see in it. */
public final class Sheets {
    private Sheets() {
    }

    /** The named sheet's rows, each cell as text (numbers in plain notation). */
    public static List<List<String>> read(byte[] xlsx, String sheetName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
