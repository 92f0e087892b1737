package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The usage report (contract §5 "Reports"): ADMIN and PROGRAMME see every provider, a PROVIDER only its
 * own, a DISTRICT account the courses at locations in its districts. The figures are summed in SQL (reports/usage-*.sql); the totals are the queries' ROLLUP row, computed
 * over all sessions in scope, because distinct participants cannot be added up from the rows.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
public class UsageReportService {

    /** The key of the ROLLUP row (SQL NULL there); no group has it, since ids and region codes are never NULL. */
    private static final String TOTALS = "";

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    /** The report in the caller's scope; region names in the given language. */
    public UsageReport usage(UsageQuery query, Locale locale) {
        Map<String, Object> parameters = query.sqlParameters(caller.providerFilter(null), caller.districtUserId());
        Map<Serializable, Group> groups = sql.withHandle(handle -> figures(handle, query.groupBy(), parameters));
        Group totals = groups.remove(TOTALS);
        List<UsageRow> rows = groups.values().stream()
                .map(group -> new UsageRow(group.key(), name(query.groupBy(), group, locale), group.figures()))
                .sorted(byName(locale))
                .toList();
        return new UsageReport(
                query,
                rows,
                totals == null ? UsageFigures.NONE : totals.figures(),
                LocalDateTime.now(Today.ZONE),
                caller.providerId() == null
                        ? null
                        : signedInUser.account().getProvider().getName());
    }

    private record Group(Serializable key, String name, UsageFigures figures) {}

    /** Every group by its key, and the totals under the key {@link #TOTALS}. */
    private static Map<Serializable, Group> figures(Handle handle, GroupBy groupBy, Map<String, Object> parameters) {
        Map<Serializable, Long> participants = new HashMap<>();
        handle.createQuery(Sql.file("reports/usage-participants.sql"))
                .define("key", groupBy.keySql())
                .bindMap(parameters)
                .map((rs, ctx) -> Map.entry(key(rs.getObject("group_key")), rs.getLong("participants")))
                .forEach(count -> participants.put(count.getKey(), count.getValue()));
        Map<Serializable, Group> groups = new LinkedHashMap<>();
        handle.createQuery(Sql.file("reports/usage-sessions.sql"))
                .define("key", groupBy.keySql())
                .define("name", groupBy.nameSql())
                .bindMap(parameters)
                .map((rs, ctx) -> {
                    Serializable key = key(rs.getObject("group_key"));
                    UsageFigures.Sums sums = new UsageFigures.Sums(
                            rs.getLong("courses"),
                            rs.getLong("sessions_held"),
                            rs.getLong("sessions_cancelled"),
                            rs.getLong("units_held"),
                            rs.getLong("participant_units"),
                            rs.getLong("present_entries"),
                            rs.getLong("recorded_entries"),
                            rs.getLong("capacity_units"));
                    return new Group(
                            key, rs.getString("group_name"), UsageFigures.of(sums, participants.getOrDefault(key, 0L)));
                })
                .forEach(group -> groups.put(group.key(), group));
        return groups;
    }

    /** Ids as Long (district ids are INT), region codes as String, the totals as {@link #TOTALS}. */
    private static Serializable key(Object value) {
        if (value == null) {
            return TOTALS;
        }
        return value instanceof Number number ? Long.valueOf(number.longValue()) : String.valueOf(value);
    }

    private static String name(GroupBy groupBy, Group group, Locale locale) {
        return groupBy == GroupBy.REGION ? Messages.get(locale, "Region." + group.key()) : group.name();
    }

    private static Comparator<UsageRow> byName(Locale locale) {
        Collator collator = Collator.getInstance(Messages.supported(locale));
        return Comparator.comparing(UsageRow::getName, collator).thenComparing(row -> String.valueOf(row.getKey()));
    }
}
