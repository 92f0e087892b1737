package de.deutsch4u.statistics;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
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
 * /reports/statistics.xhtml: participant statistics of a period (the same service as the API), and the
 * funding statement of a provider, year and funding line: its course figures with open months, a preview,
 * submitting a new version (PROVIDER, ADMIN) and the stored versions.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantStatisticsService statisticsService;

    @Inject
    private StatementService statements;

    @Inject
    private ProviderService providerService;

    @Inject
    private DistrictService districtService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private Long providerId;
    private Integer districtId;
    private FundingLine fundingLine;
    private ParticipantStatistics statistics;
    private List<StatisticsTable.Group> groups = new ArrayList<>();

    private Long statementProviderId;
    private int year;
    private FundingLine statementLine = FundingLine.STATE;
    private List<StatementPdf.CourseLine> courses = new ArrayList<>();
    private List<StatementView> versions = new ArrayList<>();

    @PostConstruct
    void init() {
        to = Today.date();
        from = to.withDayOfYear(1);
        year = to.getYear();
        statementProviderId = caller.seesAllProviders() ? null : caller.providerId();
        show();
        showStatement();
    }

    public void show() {
        statistics = null;
        groups = new ArrayList<>();
        statistics = statisticsService.statistics(new StatisticsQuery(from, to, providerId, districtId, fundingLine));
        groups = StatisticsTable.groups(statistics, PageLocale.current());
    }

    public void showStatement() {
        if (statementProviderId == null) {
            courses = new ArrayList<>();
            versions = new ArrayList<>();
            return;
        }
        courses = new ArrayList<>(statements.courses(statementProviderId, year, statementLine.name()));
        versions = statements.list(statementProviderId).stream()
                .map(StatementView::of)
                .toList();
    }

    public void submit() {
        StatementData request = new StatementData();
        request.setYear(year);
        request.setFundingLine(statementLine.name());
        StatementView submitted = StatementView.of(statements.submit(statementProviderId, request));
        messages.info("statistics.statements.submitted", String.valueOf(submitted.version()), submitted.sha256());
        showStatement();
    }

    public StreamedContent getCsv() {
        return file(StatisticsFiles.CSV);
    }

    public StreamedContent getXlsx() {
        return file(StatisticsFiles.XLSX);
    }

    private StreamedContent file(StatisticsFiles format) {
        show();
        if (statistics == null) {
            return null;
        }
        return stream(format.write(statistics), format.fileName(statistics), format.mediaType());
    }

    public StreamedContent getPreview() {
        if (statementProviderId == null) {
            return null;
        }
        return stream(
                statements.preview(statementProviderId, year, statementLine.name()),
                "verwendungsnachweis-" + statementProviderId + "-" + year + "-vorschau.pdf",
                "application/pdf");
    }

    public StreamedContent stored(long statementId) {
        return stream(
                statements.pdf(statementId), "verwendungsnachweis-fassung-" + statementId + ".pdf", "application/pdf");
    }

    private static StreamedContent stream(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    public boolean isSuppressed() {
        return statistics != null && statistics.suppressed();
    }

    public boolean isCanSubmit() {
        return statementProviderId != null && caller.role() != de.deutsch4u.security.Role.PROGRAMME;
    }

    public boolean isChoosesProvider() {
        return caller.seesAllProviders() || caller.isDistrict();
    }

    public List<Provider> getProviders() {
        return providerService.list();
    }

    public List<District> getDistricts() {
        return districtService.validOn(to == null ? Today.date() : to);
    }

    public List<FundingLine> getFundingLines() {
        return List.of(FundingLine.values());
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = Today.date().getYear(); y >= StatementService.FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public List<StatisticsTable.Group> getGroups() {
        return groups;
    }

    /** All participants of the period, as shown ("<3" or "x" when hidden); "" when there are no figures. */
    public String getParticipants() {
        return statistics == null ? "" : statistics.participants().display();
    }

    public List<StatementPdf.CourseLine> getCourses() {
        return courses;
    }

    public List<StatementView> getVersions() {
        return versions;
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

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public void setFundingLine(FundingLine fundingLine) {
        this.fundingLine = fundingLine;
    }

    public Long getStatementProviderId() {
        return statementProviderId;
    }

    public void setStatementProviderId(Long statementProviderId) {
        this.statementProviderId = statementProviderId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public FundingLine getStatementLine() {
        return statementLine;
    }

    public void setStatementLine(FundingLine statementLine) {
        this.statementLine = statementLine;
    }
}
