package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportSqlTest {

    @Test
    void shouldPutTheGroupingIntoTheQueryAndBindParametersInOrder() {
        ReportSql sql = ReportSql.load("usage-participants.sql", Map.of("key", GroupBy.DISTRICT.keySql(), "name",
                GroupBy.DISTRICT.nameSql()));
        assertTrue(sql.sql().contains("SELECT d.id"), sql.sql());
        assertTrue(sql.sql().contains("GROUP BY d.id"), sql.sql());
        assertFalse(sql.sql().contains("--"), "comments are dropped");
        assertFalse(sql.sql().contains(":"), "every parameter became a ?");
        Map<String, Object> values = new HashMap<>(Map.of("from", "F", "to", "T", "providerId", 7L, "districtUserId", 9L));
        values.put("fundingLine", null);
        assertEquals(Arrays.asList("F", "T", null, null, 7L, 7L, 9L, 9L, "F", "T", "F", "T"), sql.bind(values));
    }

    @Test
    void shouldRefuseAMissingParameterValueOrPlaceholder() {
        ReportSql sql = ReportSql.load("usage-sessions.sql", Map.of("key", "c.id", "name", "c.title"));
        assertThrows(IllegalArgumentException.class, () -> sql.bind(Map.of("from", "F")));
        assertThrows(IllegalArgumentException.class, () -> ReportSql.load("usage-sessions.sql", Map.of("key", "c.id")));
    }

    @Test
    void shouldOfferEveryGroupingOfTheContract() {
        assertEquals(List.of("course", "location", "provider", "district", "region"),
                Arrays.stream(GroupBy.values()).map(GroupBy::param).toList());
    }
}
