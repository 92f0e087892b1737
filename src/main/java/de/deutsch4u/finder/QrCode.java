package de.deutsch4u.finder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as an 8-bit grey image (0 black, 255 white), with the quiet zone, for a PDF. */
record QrCode(int size, byte[] grey) {

    private static final int PIXELS_PER_MODULE = 4;

    static QrCode of(String text) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int size = modules.getWidth() * PIXELS_PER_MODULE;
            byte[] grey = new byte[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    grey[y * size + x] = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0 : (byte) 255;
                }
            }
            return new QrCode(size, grey);
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for a link of " + text.length() + " characters", e);
        }
    }
}
