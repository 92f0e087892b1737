package de.deutsch4u.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    private static final Map<String, String> TIMEOUTS = Map.of("connectTimeout", "1500", "socketTimeout", "5000");

    @Test
    void shouldAddOptionsToAPlainUrl() {
        assertEquals(
                "jdbc:mariadb://127.0.0.1:3306/d4u?connectTimeout=1500&socketTimeout=5000",
                JdbcUrl.withDefaults("jdbc:mariadb://127.0.0.1:3306/d4u", TIMEOUTS));
    }

    @Test
    void shouldKeepWhatTheOperatorSet() {
        assertEquals(
                "jdbc:mariadb://db/d4u?useSsl=true&SOCKETTIMEOUT=60000&connectTimeout=1500",
                JdbcUrl.withDefaults("jdbc:mariadb://db/d4u?useSsl=true&SOCKETTIMEOUT=60000", TIMEOUTS));
        assertEquals(
                "jdbc:mariadb://db/d4u?connectTimeout=5&socketTimeout=5000",
                JdbcUrl.withDefaults("jdbc:mariadb://db/d4u?connectTimeout=5", TIMEOUTS));
    }
}
