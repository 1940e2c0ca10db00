package vn.ct20.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back as a reader would see it: its text, its pages' sizes, where its glyphs stand, a page as an image. */
public final class PdfPages {
    private static final float A4_SHORT = PDRectangle.A4.getWidth();
    private static final float A4_LONG = PDRectangle.A4.getHeight();

    private PdfPages() {
    }

    /** The text of every page, in reading order. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when every page is A4, portrait or landscape (to a tenth of a point). */
    public static boolean allA4(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                float shortSide = Math.min(box.getWidth(), box.getHeight());
                float longSide = Math.max(box.getWidth(), box.getHeight());
                if (Math.abs(shortSide - A4_SHORT) > 0.1 || Math.abs(longSide - A4_LONG) > 0.1) {
                    return false;
                }
            }
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean landscape(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = displayed(document.getPage(0));
            return box.getWidth() > box.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The glyphs that stand outside the printable width (left and right margins in points), as
     * "page n: 'c' at x": empty when nothing is cut off.
     */
    public static List<String> glyphsOutside(byte[] pdf, float leftMargin, float rightMargin) {
        List<String> outside = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float width = displayed(getCurrentPage()).getWidth();
                    for (TextPosition p : positions) {
                        // A point of tolerance: glyph boxes include side bearings.
                        if (p.getXDirAdj() < leftMargin - 1 || p.getXDirAdj() + p.getWidthDirAdj() > width - rightMargin + 1) {
                            outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at " + p.getXDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outside;
    }

    /** The page as a reader sees it: a page turned by /Rotate 90 or 270 shows its media box on its side. */
    private static PDRectangle displayed(PDPage page) {
        PDRectangle box = page.getMediaBox();
        return page.getRotation() % 180 == 0 ? box : new PDRectangle(box.getHeight(), box.getWidth());
    }

    /**
     * Fails unless the PDF is on A4 with no glyph outside the margins (in points) and its text, with
     * line breaks read as spaces, holds every phrase. Answers that text.
     */
    public static String assertDocument(byte[] pdf, float leftMargin, float rightMargin, List<String> phrases) {
        if (!allA4(pdf)) {
            throw new AssertionError("a page is not A4");
        }
        List<String> outside = glyphsOutside(pdf, leftMargin, rightMargin);
        if (!outside.isEmpty()) {
            throw new AssertionError("cut off: " + outside);
        }
        String text = text(pdf).replaceAll("\\s+", " ");
        for (String phrase : phrases) {
            if (!text.contains(phrase)) {
                throw new AssertionError("the PDF lacks \"" + phrase + "\": " + text);
            }
        }
        return text;
    }

    /** Renders page {@code index} (0 first) to a PNG at {@code dpi}. */
    public static void writePng(byte[] pdf, int index, int dpi, Path png) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, dpi);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
