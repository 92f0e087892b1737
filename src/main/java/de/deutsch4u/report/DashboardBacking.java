package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.FundingLine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * /reports/dashboard.xhtml (PROGRAMME, ADMIN): utilisation, units held and participants per district and
 * Regierungsbezirk for a period, with the courses below a utilisation threshold highlighted.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboards;

    private LocalDate from;
    private LocalDate to;
    private FundingLine fundingLine;
    /** Per cent, 0…100. */
    private Integer threshold = 50;

    private DashboardService.Dashboard dashboard;
    /** Whether every district valid in the period is a row, zeros included ("all 33 on request"); else those with courses. */
    private boolean allDistricts;
    /** Copies the tables may sort in place; districts as {@link #allDistricts} says. */
    private List<UsageRow> districts = new ArrayList<>();

    private List<String> districtsWithoutCourses = new ArrayList<>();
    private List<UsageRow> regions = new ArrayList<>();
    private List<UsageRow> courses = new ArrayList<>();

    @PostConstruct
    void init() {
        to = Today.date();
        from = to.withDayOfYear(1);
        show();
    }

    public void show() {
        dashboard = null;
        districts = new ArrayList<>();
        districtsWithoutCourses = new ArrayList<>();
        regions = new ArrayList<>();
        courses = new ArrayList<>();
        dashboard = dashboards.dashboard(new UsageQuery(from, to, GroupBy.DISTRICT, fundingLine), PageLocale.current());
        showDistricts();
        regions = new ArrayList<>(dashboard.regions());
        courses = new ArrayList<>(dashboard.courses());
    }

    /** Shows all districts, zeros included, or again only those with courses. */
    public void toggleAllDistricts() {
        allDistricts = !allDistricts;
        if (dashboard != null) {
            showDistricts();
        }
    }

    private void showDistricts() {
        districts = new ArrayList<>(dashboard.districts().stream()
                .filter(row -> allDistricts || row.getCourses() > 0)
                .toList());
        districtsWithoutCourses = allDistricts
                ? List.of()
                : dashboard.districts().stream()
                        .filter(row -> row.getCourses() == 0)
                        .map(UsageRow::getName)
                        .toList();
    }

    public boolean isAllDistricts() {
        return allDistricts;
    }

    /** "Alle 33 Kreise und Städte zeigen" (as many as valid in the period), or back to those with courses. */
    public String getDistrictToggleLabel() {
        return allDistricts
                ? Messages.get(PageLocale.current(), "reports_dashboard.onlyDistrictsWithCourses")
                : Messages.get(
                        PageLocale.current(),
                        "reports_dashboard.allDistricts",
                        dashboard == null ? 0 : dashboard.districts().size());
    }

    public List<UsageRow> getDistricts() {
        return districts;
    }

    /** The districts without a course in the period: named in one line instead of rows of zeros. */
    public List<String> getDistrictsWithoutCourses() {
        return districtsWithoutCourses;
    }

    public List<UsageRow> getRegions() {
        return regions;
    }

    public List<UsageRow> getCourses() {
        return courses;
    }

    public UsageFigures getTotals() {
        return dashboard == null ? UsageFigures.NONE : dashboard.totals();
    }

    /** Whether a course's utilisation is below the threshold (courses without a held session are not). */
    public boolean isBelowThreshold(UsageRow row) {
        return row.getUtilisation() != null && row.getUtilisation().compareTo(thresholdRate()) < 0;
    }

    public long getCoursesBelowThreshold() {
        return getCourses().stream().filter(this::isBelowThreshold).count();
    }

    public String getDistrictChart() {
        return BarChart.of(
                getDistricts(),
                Messages.get(PageLocale.current(), "reports_usage.chart.dataset"),
                UsageRow::getUtilisation,
                true);
    }

    public String getRegionChart() {
        return BarChart.of(
                getRegions(),
                Messages.get(PageLocale.current(), "reports_usage.column.unitsHeld"),
                row -> BigDecimal.valueOf(row.getUnitsHeld()),
                false);
    }

    public String getDistrictChartSize() {
        return BarChart.sizeClass(getDistricts().size());
    }

    public String getRegionChartSize() {
        return BarChart.sizeClass(getRegions().size());
    }

    private BigDecimal thresholdRate() {
        return BigDecimal.valueOf(threshold == null ? 0 : threshold).movePointLeft(2);
    }

    public List<FundingLine> getFundingLines() {
        return List.of(FundingLine.values());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public void setFundingLine(FundingLine fundingLine) {
        this.fundingLine = fundingLine;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
