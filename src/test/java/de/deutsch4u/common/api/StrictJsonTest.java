package de.deutsch4u.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.course.CourseData;
import de.deutsch4u.location.LocationData;
import de.deutsch4u.provider.ProviderData;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract §8: the API reads JSON strictly (Yasson 3.0.4, the version in Payara). A value of the wrong type is
 * refused, never converted: a JsonbException that the API answers with 400 {@code request.malformed}.
 */
class StrictJsonTest {

    private final Jsonb jsonb = new JsonConfig().getContext(Object.class);

    @Test
    void shouldReadWellTypedValues() {
        ProviderData provider = jsonb.fromJson("{\"name\":\"Träger\",\"districtId\":7}", ProviderData.class);
        assertEquals("Träger", provider.getName());
        assertEquals(7, provider.getDistrictId());
        CourseData course = jsonb.fromJson(
                "{\"locationId\":9007199254740993,\"ratePerUnit\":4.5,"
                        + "\"weekdays\":[\"MONDAY\"],\"startTime\":\"09:00\",\"roomId\":null}",
                CourseData.class);
        assertEquals(9007199254740993L, course.getLocationId());
        assertEquals(new BigDecimal("4.5"), course.getRatePerUnit());
        assertEquals(List.of(DayOfWeek.MONDAY), course.getWeekdays());
        LocationData location = jsonb.fromJson("{\"stepFree\":true,\"capacity\":3}", LocationData.class);
        assertTrue(location.isStepFree());
    }

    @Test
    void shouldRefuseAnArrayOrObjectWhereTextIsExpected() {
        assertMalformed("{\"name\":[\"x\"]}", ProviderData.class);
        assertMalformed("{\"name\":{\"a\":1}}", ProviderData.class);
        assertMalformed("{\"name\":5}", ProviderData.class);
        assertMalformed("{\"name\":true}", ProviderData.class);
    }

    @Test
    void shouldRefuseFractionsAndOutOfRangeNumbersForIntegers() {
        assertMalformed("{\"locationId\":10.7}", CourseData.class);
        assertMalformed("{\"locationId\":9223372036854775808}", CourseData.class);
        assertMalformed("{\"locationId\":1e400}", CourseData.class);
        assertMalformed("{\"capacity\":2147483648}", CourseData.class);
        assertMalformed("{\"districtId\":1.5}", ProviderData.class);
    }

    @Test
    void shouldRefuseTextWhereANumberOrBooleanIsExpected() {
        assertMalformed("{\"districtId\":\"7\"}", ProviderData.class);
        assertMalformed("{\"ratePerUnit\":\"4.5\"}", CourseData.class);
        assertMalformed("{\"ratePerUnit\":[1]}", CourseData.class);
        assertMalformed("{\"stepFree\":\"yes\"}", LocationData.class);
        assertMalformed("{\"stepFree\":1}", LocationData.class);
    }

    @Test
    void shouldRefuseUnknownEnumValuesAndObjectsForLists() {
        assertMalformed("{\"level\":\"C3\"}", CourseData.class);
        assertMalformed("{\"weekdays\":{\"a\":\"MONDAY\"}}", CourseData.class);
        assertMalformed("{\"weekdays\":\"MONDAY\"}", CourseData.class);
    }

    private void assertMalformed(String json, Class<?> type) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(json, type), json);
    }
}
