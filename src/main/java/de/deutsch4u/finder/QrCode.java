package de.deutsch4u.finder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A QR code as an 8-bit grey image (0 black, 255 white), with the quiet zone, for a PDF; or as SVG for a page. */
public record QrCode(int size, byte[] grey) {

    private static final int PIXELS_PER_MODULE = 4;

    static QrCode of(String text) {
        BitMatrix modules = modules(text);
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        byte[] grey = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                grey[y * size + x] = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0 : (byte) 255;
            }
        }
        return new QrCode(size, grey);
    }

    /**
     * The QR code as a {@code data:} address of an SVG image, for {@code <img src>}: sharp at any size and in
     * print, with no extra request and nothing for a script to do.
     */
    public static String svgDataUri(String text) {
        BitMatrix modules = modules(text);
        int width = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + width
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for a link of " + text.length() + " characters", e);
        }
    }
}
