package de.deutsch4u.report;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.FundingLine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /reports/usage.xhtml: the usage report for a period (default: this year up to today), grouped and
 * filtered as chosen; table, chart and downloads show the same figures as the API.
 */
@Named
@ViewScoped
public class UsageReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageReportService reports;

    private LocalDate from;
    private LocalDate to;
    private GroupBy groupBy = GroupBy.PROVIDER;
    private FundingLine fundingLine;
    private UsageReport report;
    /** A copy the table may sort in place (the report's list is immutable). */
    private List<UsageRow> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        to = Today.date();
        from = to.withDayOfYear(1);
        show();
    }

    public void show() {
        report = null;
        rows = new ArrayList<>();
        report = reports.usage(new UsageQuery(from, to, groupBy, fundingLine), PageLocale.current());
        rows = new ArrayList<>(report.getRows());
    }

    public StreamedContent getCsv() {
        return download(UsageFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(UsageFormat.XLSX);
    }

    public StreamedContent getPdf() {
        return download(UsageFormat.PDF);
    }

    /** The file of what the form asks for now (the same query as "show"). */
    private StreamedContent download(UsageFormat format) {
        show();
        if (report == null) {
            return null;
        }
        byte[] file = format.write(report);
        return DefaultStreamedContent.builder()
                .name(format.fileName(report))
                .contentType(format.mediaType())
                .contentLength((long) file.length)
                .stream(() -> new ByteArrayInputStream(file))
                .build();
    }

    /** Utilisation in per cent per row, as horizontal bars (long names stay readable). */
    public String getChart() {
        return BarChart.of(
                getRows(),
                Messages.get(PageLocale.current(), "reports_usage.chart.dataset"),
                UsageRow::getUtilisation,
                true);
    }

    public String getChartSize() {
        return BarChart.sizeClass(getRows().size());
    }

    /** Rows, but too many for a readable chart. */
    public boolean isTooManyRowsForChart() {
        return report != null && report.getRows().size() > BarChart.MAX_BARS;
    }

    /** The chart only when there are rows (the table shows the empty state). */
    public boolean isShowChart() {
        return report != null && !report.getRows().isEmpty() && report.getRows().size() <= BarChart.MAX_BARS;
    }

    public List<UsageRow> getRows() {
        return rows;
    }

    public UsageFigures getTotals() {
        return report == null ? UsageFigures.NONE : report.getTotals();
    }

    public List<GroupBy> getGroupings() {
        return List.of(GroupBy.values());
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

    public GroupBy getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(GroupBy groupBy) {
        this.groupBy = groupBy;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public void setFundingLine(FundingLine fundingLine) {
        this.fundingLine = fundingLine;
    }
}
