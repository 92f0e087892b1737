package de.deutsch4u.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLocaleTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, de",
                "'', de",
                "en, en",
                "en-GB, en",
                "'de-DE,en;q=0.8', de",
                "'fr, en;q=0.5', en",
                "ar, de",
                "';;;', de"
            })
    void shouldAnswerInEnglishOnlyWhenAskedFor(String header, String expected) {
        assertEquals(
                Locale.forLanguageTag(expected).getLanguage(),
                RequestLocale.fromAcceptLanguage(header).getLanguage());
    }
}
