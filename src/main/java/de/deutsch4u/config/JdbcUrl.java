package de.deutsch4u.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Adds driver options to a JDBC URL unless the URL already sets them (the operator's DB_URL wins). */
public final class JdbcUrl {

    private JdbcUrl() {}

    public static String withDefaults(String url, Map<String, String> options) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
        StringBuilder result = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            String key = option.getKey().toLowerCase(Locale.ROOT) + "=";
            if (!query.startsWith(key) && !query.contains("&" + key)) {
                result.append(separator).append(option.getKey()).append('=').append(option.getValue());
                separator = '&';
            }
        }
        return result.toString();
    }
}
