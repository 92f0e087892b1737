package de.deutsch4u.common.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The embedded fonts of every PDF: Noto Sans for Latin (and Cyrillic), Noto Sans Arabic for Arabic,
 * Dari/Farsi, and Noto Sans Ethiopic for Tigrinya (src/main/resources/fonts, SIL OFL). Each character
 * is set in the first font that has it, so a name in any of these scripts prints without gaps.
 */
public final class PdfFonts {

    private static final List<BaseFont> REGULAR =
            load("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular");
    private static final List<BaseFont> BOLD = load("NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansEthiopic-Bold");

    private PdfFonts() {}

    /** The text in the regular fonts at {@code size} points. */
    public static Phrase regular(String text, float size) {
        return phrase(REGULAR, text, size);
    }

    /** The text in the bold fonts at {@code size} points. */
    public static Phrase bold(String text, float size) {
        return phrase(BOLD, text, size);
    }

    /** The width in points of the longest word of {@code text} in the bold font (headings are Latin script). */
    public static float widestWordWidth(String text, float size) {
        BaseFont latinBold = BOLD.get(0);
        return (float) java.util.Arrays.stream(text.split("\\s+"))
                .mapToDouble(word -> latinBold.getWidthPoint(word, size))
                .max()
                .orElse(0);
    }

    /**
     * RTL when the text contains Arabic script: set in a cell with this run direction, OpenPDF orders the
     * characters right to left and joins the letters (contextual forms); LTR text keeps LTR.
     */
    public static int runDirection(String text) {
        return text != null
                        && text.codePoints()
                                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                ? PdfWriter.RUN_DIRECTION_RTL
                : PdfWriter.RUN_DIRECTION_LTR;
    }

    private static Phrase phrase(List<BaseFont> fonts, String text, float size) {
        FontSelector selector = new FontSelector();
        fonts.forEach(font -> selector.addFont(new Font(font, size)));
        return selector.process(text == null ? "" : text);
    }

    private static List<BaseFont> load(String... names) {
        return java.util.Arrays.stream(names).map(PdfFonts::font).toList();
    }

    private static BaseFont font(String name) {
        String resource = "/fonts/" + name + ".ttf";
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the WAR: " + resource);
            }
            // Identity-H + embedded (subset): any Unicode character, and the PDF needs no installed font.
            return BaseFont.createFont(
                    name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
