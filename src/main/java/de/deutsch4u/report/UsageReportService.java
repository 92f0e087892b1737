package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.DataSourceConfig;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The usage report (contract §5 "Reports"): ADMIN and PROGRAMME see every provider, a PROVIDER only its
 * own. The figures are summed in SQL (reports/usage-*.sql); the totals come from the same queries (WITH ROLLUP:
 * the row with a NULL key) over all sessions in scope, because distinct participants cannot be added up from
 * the rows.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
public class UsageReportService {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Caller caller;

    /** The report in the caller's scope; region names in the given language. */
    public UsageReport usage(UsageQuery query, Locale locale) {
        Map<String, Object> parameters = ReportSql.scope(query, caller.seesAllProviders() ? null : caller.providerId());
        Map<String, String> grouping = Map.of("key", query.groupBy().keySql(), "name", query.groupBy().nameSql());
        try (Connection connection = dataSource.getConnection()) {
            List<Group> groups = figures(connection, grouping, parameters);
            List<UsageRow> rows = groups.stream().filter(group -> group.key() != null)
                    .map(group -> new UsageRow(group.key(), name(query.groupBy(), group, locale), group.figures()))
                    .sorted(byName(locale)).toList();
            UsageFigures totals = groups.stream().filter(group -> group.key() == null).map(Group::figures)
                    .findFirst().orElse(UsageFigures.NONE);
            return new UsageReport(query, rows, totals,
                    LocalDateTime.now(Today.ZONE), caller.seesAllProviders() ? null : caller.account().getProvider().getName());
        } catch (SQLException e) {
            throw new IllegalStateException("Usage report failed", e);
        }
    }

    private record Group(Serializable key, String name, UsageFigures figures) {
    }

    private static List<Group> figures(Connection connection, Map<String, String> grouping, Map<String, Object> parameters)
            throws SQLException {
        Map<Serializable, Long> participants = new HashMap<>();
        ReportSql.load("usage-participants.sql", grouping).run(connection, parameters,
                rs -> participants.put(key(rs.getObject("group_key")), rs.getLong("participants")));
        List<Group> groups = new ArrayList<>();
        ReportSql.load("usage-sessions.sql", grouping).run(connection, parameters, rs -> {
            Serializable key = key(rs.getObject("group_key"));
            UsageFigures.Sums sums = new UsageFigures.Sums(rs.getLong("courses"), rs.getLong("sessions_held"),
                    rs.getLong("sessions_cancelled"), rs.getLong("units_held"), rs.getLong("participant_units"),
                    rs.getLong("present_entries"), rs.getLong("recorded_entries"), rs.getLong("capacity_units"));
            groups.add(new Group(key, rs.getString("group_name"), UsageFigures.of(sums, participants.getOrDefault(key, 0L))));
        });
        return groups;
    }

    /** Ids as Long (district ids are INT), region codes as String; null for the totals row of WITH ROLLUP. */
    private static Serializable key(Object value) {
        if (value == null) {
            return null;
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
