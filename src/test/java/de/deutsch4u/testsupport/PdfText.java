package de.deutsch4u.testsupport;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/** The text of a PDF as a reader would copy it, to check what a document says. */
public final class PdfText {

    private PdfText() {}

    /** The text of every page, pages separated by a line break. */
    public static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String page(byte[] pdf, int page) {
        try {
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            reader.close();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether Arabic-script {@code text} is printed: a PDF holds it in visual order (right to left,
     * so reversed) and in joined letter forms, which NFKC maps back to the letters. (A lam-alef ligature
     * would come back as lam, alef inside the reversed text: use test names without it.)
     */
    public static boolean containsArabic(String extracted, String text) {
        String letters = Normalizer.normalize(extracted, Normalizer.Form.NFKC);
        return letters.contains(new StringBuilder(text).reverse().toString()) || letters.contains(text);
    }
}
