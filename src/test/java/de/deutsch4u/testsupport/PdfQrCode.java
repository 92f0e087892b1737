package de.deutsch4u.testsupport;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the QR codes of a PDF's first page as a phone would: each 8-bit grey image is taken out of the PDF as
 * pixels and decoded with ZXing (without knowing what it should say).
 */
public final class PdfQrCode {

    private PdfQrCode() {}

    public static List<String> texts(byte[] pdf) {
        List<String> texts = new ArrayList<>();
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfDictionary images =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            for (PdfName name : images == null ? List.<PdfName>of() : images.getKeys()) {
                if (PdfReader.getPdfObject(images.get(name)) instanceof PRStream stream
                        && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))
                        && stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue() == 8) {
                    texts.add(decode(
                            stream.getAsNumber(PdfName.WIDTH).intValue(),
                            stream.getAsNumber(PdfName.HEIGHT).intValue(),
                            PdfReader.getStreamBytes(stream)));
                }
            }
            reader.close();
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(int width, int height, byte[] grey) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int g = grey[i] & 0xff;
            pixels[i] = 0xff000000 | g << 16 | g << 8 | g;
        }
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                    .getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return "unreadable image " + width + "x" + height;
        }
    }
}
