package de.deutsch4u.statistics;

import de.deutsch4u.common.Sql;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.enrollment.WithdrawalReason;
import de.deutsch4u.participant.Gender;
import de.deutsch4u.participant.ResidenceStatus;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Participant statistics for funding (issue 7; docs/reports.md). Counted in SQL
 * (reports/participant-*.sql); here only the categories without anyone are added as zeros, and for
 * PROGRAMME small cells are hidden (SmallCells). A PROVIDER sees only its own provider.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
public class ParticipantStatisticsService {

    static final List<String> AGE_GROUPS =
            List.of("UNDER_18", "AGE_18_25", "AGE_26_45", "AGE_46_64", "AGE_65_PLUS", "AGE_UNKNOWN");
    static final String OTHERS = "OTHERS";
    static final String NONE = "NONE";

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    @Inject
    private ProviderService providers;

    /** The statistics in the caller's scope; a providerId outside it is a 404. */
    public ParticipantStatistics statistics(StatisticsQuery query) {
        StatisticsQuery scoped = query;
        if (query.providerId() != null) {
            providers.get(query.providerId()); // 404 outside the caller's scope
        }
        scoped = query.withProvider(caller.providerFilter(query.providerId()));
        return compute(scoped, caller.role() == Role.PROGRAMME || caller.isDistrict(), caller.districtUserId());
    }

    /** For the funding statement of a provider in scope, whose reader is the funding body: always suppressed. */
    public ParticipantStatistics forStatement(StatisticsQuery query) {
        providers.get(query.providerId());
        return compute(query, true, null);
    }

    private ParticipantStatistics compute(StatisticsQuery query, boolean suppress, Long districtUserId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Date.valueOf(query.from()));
        parameters.put("to", Date.valueOf(query.to()));
        parameters.put("year", query.from().getYear());
        parameters.put("providerId", query.providerId());
        parameters.put("districtId", query.districtId());
        parameters.put("districtUserId", districtUserId);
        parameters.put(
                "fundingLine",
                query.fundingLine() == null ? null : query.fundingLine().name());
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<Count> rows = sql.withHandle(handle -> Stream.concat(
                        handle
                                .createQuery(Sql.file("reports/participant-statistics.sql"))
                                .bindMap(parameters)
                                .map((rs, ctx) -> new Count(
                                        rs.getString("dimension"),
                                        rs.getString("category"),
                                        rs.getLong("participants")))
                                .list()
                                .stream(),
                        handle
                                .createQuery(Sql.file("reports/participant-withdrawals.sql"))
                                .bindMap(parameters)
                                .map((rs, ctx) -> new Count(
                                        "WITHDRAWAL_REASON", rs.getString("reason"), rs.getLong("withdrawals")))
                                .list()
                                .stream())
                .toList());
        rows.forEach(row -> counts.computeIfAbsent(row.dimension(), d -> new LinkedHashMap<>())
                .put(row.category(), row.count()));
        return assemble(query, counts, suppress);
    }

    /** One row of the statistics queries: a category of a dimension and its number. */
    private record Count(String dimension, String category, long count) {}

    /** The breakdowns in a fixed order with every category (zeros included), suppressed if asked. */
    static ParticipantStatistics assemble(
            StatisticsQuery query, Map<String, Map<String, Long>> counts, boolean suppress) {
        long total = counts.getOrDefault("TOTAL", Map.of()).getOrDefault("ALL", 0L);
        Map<String, Long> reasons = counts.getOrDefault("WITHDRAWAL_REASON", Map.of());
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown("START", total, List.of("AT_START", "JOINED_LATER"), counts));
        breakdowns.add(breakdown("END", total, List.of("AT_END", "LEFT_BEFORE_END"), counts));
        breakdowns.add(breakdown("GENDER", total, names(Gender.values()), counts));
        breakdowns.add(breakdown("AGE_GROUP", total, AGE_GROUPS, counts));
        breakdowns.add(breakdown("COUNTRY", total, countries(counts.getOrDefault("COUNTRY", Map.of())), counts));
        breakdowns.add(breakdown("RESIDENCE_STATUS", total, names(ResidenceStatus.values()), counts));
        breakdowns.add(breakdown(
                "LANGUAGE_LEVEL",
                total,
                Stream.concat(names(CourseLevel.values()).stream(), Stream.of(NONE))
                        .toList(),
                counts));
        breakdowns.add(breakdown(
                "WITHDRAWAL_REASON",
                reasons.values().stream().mapToLong(Long::longValue).sum(),
                names(WithdrawalReason.values()),
                counts));
        Cell participants = Cell.of("ALL", total);
        if (suppress) {
            breakdowns = breakdowns.stream().map(SmallCells::suppress).toList();
            participants = SmallCells.isSmall(total) ? participants.hidden() : participants;
        }
        return new ParticipantStatistics(
                query.from(),
                query.to(),
                query.providerId(),
                query.districtId(),
                query.fundingLine(),
                suppress,
                participants,
                breakdowns);
    }

    private static Breakdown breakdown(
            String name, long total, List<String> categories, Map<String, Map<String, Long>> counts) {
        Map<String, Long> found = counts.getOrDefault(name, Map.of());
        List<Cell> cells = categories.stream()
                .map(key -> Cell.of(key, found.getOrDefault(key, 0L)))
                .toList();
        return new Breakdown(name, Cell.of("ALL", total), cells);
    }

    /** The countries found, most participants first (the SQL ranked them), "others" always last. */
    private static List<String> countries(Map<String, Long> found) {
        List<String> codes = new ArrayList<>(found.keySet().stream()
                .filter(code -> !OTHERS.equals(code))
                .sorted((a, b) ->
                        found.get(a).equals(found.get(b)) ? a.compareTo(b) : Long.compare(found.get(b), found.get(a)))
                .toList());
        codes.add(OTHERS);
        return codes;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
