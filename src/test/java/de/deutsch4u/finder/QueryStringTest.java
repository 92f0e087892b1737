package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void shouldDecodeUtf8AndKeepTheFirstValue() {
        assertEquals(
                Map.of("q", "Träger Gießen", "lang", "en", "level", ""),
                QueryString.parse("q=Tr%C3%A4ger+Gie%C3%9Fen&lang=en&lang=de&level"));
    }

    @Test
    void shouldIgnoreBrokenEscapesAndEmptyQueries() {
        assertEquals(Map.of("q", ""), QueryString.parse("q=%E2%8"));
        assertEquals(Map.of(), QueryString.parse(null));
    }
}
