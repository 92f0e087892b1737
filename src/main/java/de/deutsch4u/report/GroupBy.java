package de.deutsch4u.report;

import de.deutsch4u.common.BusinessException;
import java.util.Locale;

/**
 * What the rows of the usage report are (contract §5 "Reports"). Each value names the SQL expressions of
 * its key and name; they are fixed here, never taken from the request.
 */
public enum GroupBy {
    COURSE("c.id", "c.title"),
    LOCATION("l.id", "l.name"),
    PROVIDER("p.id", "p.name"),
    DISTRICT("d.id", "d.name"),
    REGION("d.region", "d.region");

    private final String keySql;
    private final String nameSql;

    GroupBy(String keySql, String nameSql) {
        this.keySql = keySql;
        this.nameSql = nameSql;
    }

    String keySql() {
        return keySql;
    }

    String nameSql() {
        return nameSql;
    }

    /** The value as in the API ({@code provider}). */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The query parameter: empty means provider; anything unknown is a 400 on {@code groupBy}. */
    public static GroupBy ofParam(String value) {
        if (value == null || value.isBlank()) {
            return PROVIDER;
        }
        for (GroupBy groupBy : values()) {
            if (groupBy.param().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return groupBy;
            }
        }
        throw BusinessException.invalidField("groupBy", "violation.groupBy.unknown");
    }
}
