package vn.ct20.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads an exported workbook back, to check what a user would see in it. */
public final class Workbooks {
    private Workbooks() {
    }

    /** The named sheet's rows, each cell as text (numbers in plain notation). */
    public static List<List<String>> text(byte[] xlsx, String sheetName) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : cells(xlsx, sheetName)) {
            rows.add(row.stream().map(c -> c == null ? "" : c instanceof java.math.BigDecimal d ? d.toPlainString() : c.toString()).toList());
        }
        return rows;
    }

    /** The named sheet's rows: a number cell as a BigDecimal, a text cell as a String, an empty one as null. */
    public static List<List<Object>> cells(byte[] xlsx, String sheetName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName));
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                            : cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
