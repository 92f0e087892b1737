package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlyerLanguagesTest {

    @Test
    void shouldOfferTheLanguagesOfThePrivacyNoticeAndEnglishByDefault() {
        assertEquals("en", FlyerLanguages.choice(null));
        assertEquals("de", FlyerLanguages.choice("DE"));
        assertEquals("ti", FlyerLanguages.choice(" ti "));
        assertNull(FlyerLanguages.choice("tr"), "Turkish has no privacy notice");
    }

    @Test
    void shouldPrintEveryLanguageOfThePrivacyNoticeInItsOwnWords() {
        assertEquals(Locale.GERMAN, FlyerLanguages.printed("de"));
        for (String code : FlyerLanguages.CHOICES) {
            Locale language = FlyerLanguages.printed(code);
            assertEquals(code, language.getLanguage());
            for (String key : List.of(
                    "flyer.subtitle",
                    "flyer.where",
                    "flyer.when",
                    "flyer.period",
                    "flyer.places",
                    "flyer.freePlace",
                    "flyer.freePlaces",
                    "flyer.waitingList",
                    "flyer.childcare",
                    "flyer.childcare.yes",
                    "flyer.childcare.no",
                    "flyer.languages",
                    "flyer.provider",
                    "flyer.contact",
                    "flyer.qr",
                    "DayOfWeek.MONDAY",
                    "DayOfWeek.SUNDAY")) {
                String text = FlyerLanguages.text(language, key, 3);
                assertNotEquals(key, text, code + " lacks " + key);
                assertNotEquals(FlyerLanguages.text(Locale.GERMAN, key, 3), text, code + " prints German for " + key);
            }
        }
        assertEquals("Вільних місць: 3", FlyerLanguages.text(Locale.forLanguageTag("uk"), "flyer.freePlaces", 3));
    }

    @Test
    void shouldLinkTheFirstOfTheCoursesLanguagesThatFlyersOffer() {
        assertEquals("uk", FlyerLanguages.secondFor(List.of("tr", "uk", "ar")));
        assertEquals("en", FlyerLanguages.secondFor(List.of("tr")));
    }
}
