package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.district.Region;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The programme dashboard (PROGRAMME, ADMIN): the usage figures of a period for every district valid in
 * it (also those without courses, so all 33 are listed), per Regierungsbezirk, and every course by
 * utilisation, lowest first.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.DISTRICT})
public class DashboardService {

    @Inject
    private UsageReportService usage;

    @Inject
    private DistrictService districts;

    @Inject
    private Caller caller;

    /**
     * The figures of the whole programme (for DISTRICT: of its own districts, and only those are listed); courses
     * below the threshold (0…1) are flagged by the page.
     */
    public Dashboard dashboard(UsageQuery period, Locale locale) {
        UsageReport byDistrict =
                usage.usage(new UsageQuery(period.from(), period.to(), GroupBy.DISTRICT, period.fundingLine()), locale);
        UsageReport byRegion =
                usage.usage(new UsageQuery(period.from(), period.to(), GroupBy.REGION, period.fundingLine()), locale);
        UsageReport byCourse =
                usage.usage(new UsageQuery(period.from(), period.to(), GroupBy.COURSE, period.fundingLine()), locale);

        Map<Serializable, UsageRow> allDistricts = new LinkedHashMap<>();
        for (District district : districts.validOn(period.to())) {
            if (caller.isDistrict() && !caller.districtIds().contains(district.getId())) {
                continue;
            }
            allDistricts.put(
                    district.getId().longValue(),
                    new UsageRow(district.getId().longValue(), district.getName(), UsageFigures.NONE));
        }
        byDistrict.getRows().forEach(row -> allDistricts.put((Serializable) row.getKey(), row));
        Map<Serializable, UsageRow> allRegions = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            allRegions.put(
                    region.name(),
                    new UsageRow(region.name(), Messages.get(locale, "Region." + region.name()), UsageFigures.NONE));
        }
        byRegion.getRows().forEach(row -> allRegions.put((Serializable) row.getKey(), row));

        Collator collator = Collator.getInstance(Messages.supported(locale));
        List<UsageRow> districtRows = new ArrayList<>(allDistricts.values());
        districtRows.sort(Comparator.comparing(UsageRow::getName, collator));
        List<UsageRow> courseRows = new ArrayList<>(byCourse.getRows());
        courseRows.sort(Comparator.comparing(
                        UsageRow::getUtilisation, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
                .thenComparing(UsageRow::getName, collator));
        return new Dashboard(districtRows, List.copyOf(allRegions.values()), byDistrict.getTotals(), courseRows);
    }

    /** The dashboard's tables; the totals are those of the whole programme in the period. */
    public record Dashboard(
            List<UsageRow> districts, List<UsageRow> regions, UsageFigures totals, List<UsageRow> courses)
            implements Serializable {}
}
