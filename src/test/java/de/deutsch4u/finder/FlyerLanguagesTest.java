package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void shouldPrintEnglishWhereTheFlyerIsNotTranslatedYet() {
        assertEquals(Locale.ENGLISH, FlyerLanguages.printed("ar"));
        assertEquals(Locale.GERMAN, FlyerLanguages.printed("de"));
    }

    @Test
    void shouldLinkTheFirstOfTheCoursesLanguagesThatFlyersOffer() {
        assertEquals("uk", FlyerLanguages.secondFor(List.of("tr", "uk", "ar")));
        assertEquals("en", FlyerLanguages.secondFor(List.of("tr")));
    }
}
