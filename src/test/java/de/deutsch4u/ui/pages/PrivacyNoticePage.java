package de.deutsch4u.ui.pages;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.deutsch4u.ui.Browser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The privacy notice: /participants/privacy.xhtml for staff (with the QR code of the public page) and
 * /datenschutz for participants themselves (no login). Both show the notice as #notice.
 */
public class PrivacyNoticePage {

    private static final By NOTICE = By.id("notice");
    private static final By QR_CODE = By.id("qrCode");
    private static final By PUBLIC_LINK = By.id("publicLink");

    private final Browser browser;

    private PrivacyNoticePage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(NOTICE));
    }

    /** @param path e.g. "/participants/privacy.xhtml?lang=ar" or "/datenschutz?lang=fa&provider=3" */
    public static PrivacyNoticePage open(Browser browser, String path) {
        browser.go(path);
        return new PrivacyNoticePage(browser);
    }

    public String text() {
        return browser.driver().findElement(NOTICE).getText();
    }

    /** The language of the notice: its own lang attribute, else the page's. */
    public String language() {
        String own = browser.driver().findElement(NOTICE).getAttribute("lang");
        return own == null || own.isEmpty()
                ? browser.driver().findElement(By.tagName("html")).getAttribute("lang")
                : own;
    }

    /** "rtl" or "ltr", as the browser lays the notice out. */
    public String direction() {
        return browser.driver().findElement(NOTICE).getCssValue("direction");
    }

    public String publicLink() {
        return browser.driver().findElement(PUBLIC_LINK).getAttribute("href");
    }

    /** What the QR code on the page says, read from a screenshot of it as a phone's camera would. */
    public String qrCodeText() {
        WebElement image = browser.driver().findElement(QR_CODE);
        try {
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(image.getScreenshotAs(OutputType.BYTES)));
            int[] pixels = shot.getRGB(0, 0, shot.getWidth(), shot.getHeight(), null, 0, shot.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(shot.getWidth(), shot.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("the QR code on the page cannot be read", e);
        }
    }

    public boolean hasSessionCookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID") != null;
    }
}
