package de.deutsch4u.statistics;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.report.FundingCourse;
import de.deutsch4u.report.FundingReport;
import de.deutsch4u.report.FundingReportService;
import de.deutsch4u.report.FundingSum;
import de.deutsch4u.report.GroupBy;
import de.deutsch4u.report.UsageQuery;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import de.deutsch4u.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Funding statements (Verwendungsnachweis, numerical and statistical part; issue 7): the PDF of a provider's
 * year and funding line, as a preview or submitted as a new stored version with its SHA-256 hash. PROVIDER
 * (own provider) and ADMIN submit; PROGRAMME reads. Every submission is audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER})
public class StatementService {

    /** The programme began in 2016 (../shared/domain.md). */
    static final int FIRST_YEAR = 2016;

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private ProviderService providers;

    @Inject
    private FundingReportService funding;

    @Inject
    private OpenMonthsService openMonths;

    @Inject
    private ParticipantStatisticsService statistics;

    @Inject
    private AuditLog audit;

    /** The PDF as it would be submitted now, without storing anything. */
    public byte[] preview(long providerId, Integer year, String fundingLine) {
        Provider provider = providers.get(providerId);
        return content(provider, checkedYear(year), checkedLine(fundingLine), null)
                .render();
    }

    /** A new version: the next number for this provider, year and funding line; the PDF and its hash stored. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public FundingStatement submit(long providerId, StatementData request) {
        Provider provider = providers.get(providerId);
        int year = checkedYear(request.getYear());
        FundingLine line = checkedLine(request.getFundingLine());
        // Two submissions at once are serialised on the provider row, so they get distinct version numbers.
        sql.lock("provider", providerId);
        Integer latest = em.createQuery("""
                        SELECT MAX(s.versionNumber) FROM FundingStatement s
                        WHERE s.provider.id = :provider AND s.year = :year AND s.fundingLine = :line""", Integer.class)
                .setParameter("provider", providerId)
                .setParameter("year", year)
                .setParameter("line", line)
                .getSingleResult();
        int version = latest == null ? 1 : latest + 1;
        UserAccount submitter = signedInUser.account();
        LocalDateTime now = Today.utcNow();
        String versionText = Messages.get(
                Messages.GERMAN,
                "statement.versionValue",
                String.valueOf(version),
                now.format(SUBMITTED),
                submitter.getDisplayName());
        byte[] pdf = content(provider, year, line, versionText).render();
        FundingStatement statement =
                new FundingStatement(provider, year, line, version, pdf, sha256(pdf), submitter, now);
        em.persist(statement);
        em.flush();
        audit.record(
                "SUBMIT_STATEMENT",
                "provider",
                providerId,
                "statementId=" + statement.getId() + ", year=" + year + ", fundingLine=" + line + ", version=" + version
                        + ", sha256=" + statement.getSha256());
        return statement;
    }

    /** Every version of the provider's statements: newest year first, then funding line, newest version first. */
    public List<FundingStatement> list(long providerId) {
        Provider provider = providers.get(providerId);
        return em.createQuery("""
                SELECT s FROM FundingStatement s WHERE s.provider = :provider
                ORDER BY s.year DESC, s.fundingLine, s.versionNumber DESC""", FundingStatement.class)
                .setParameter("provider", provider)
                .getResultList();
    }

    /** One version in the caller's scope (else 404). */
    public FundingStatement get(long id) {
        FundingStatement statement = em.find(FundingStatement.class, id);
        if (statement == null || !caller.canSeeProvider(statement.getProvider().getId())) {
            throw BusinessException.notFound("statement.notFound", id);
        }
        return statement;
    }

    /** The stored bytes, exactly as submitted (their SHA-256 is in the list). */
    public byte[] pdf(long id) {
        return get(id).getPdf();
    }

    /** The funding figures of the provider's courses in the year, by location and title, with open months. */
    public List<StatementPdf.CourseLine> courses(long providerId, Integer year, String fundingLine) {
        Provider provider = providers.get(providerId);
        return figures(provider, checkedYear(year), checkedLine(fundingLine)).courses();
    }

    private record Figures(List<StatementPdf.CourseLine> courses, FundingSum sum) {}

    private Figures figures(Provider provider, int year, FundingLine line) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        FundingReport report = funding.funding(new UsageQuery(from, to, GroupBy.PROVIDER, line));
        Map<Long, CourseMonths> months = openMonths.byCourse(from, to, provider.getId(), line);
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<StatementPdf.CourseLine> courses = report.courses().stream()
                .filter(course -> course.providerId() == provider.getId())
                .map(course -> courseLine(course, months.get(course.courseId())))
                .sorted(Comparator.comparing(StatementPdf.CourseLine::location, collator)
                        .thenComparing(c -> c.figures().title(), collator))
                .toList();
        FundingSum sum = report.sums().stream()
                .filter(s -> s.providerId() == provider.getId())
                .findFirst()
                .orElse(new FundingSum(
                        provider.getId(), provider.getName(), line, 0, 0, 0, 0, new BigDecimal("0.00"), 0));
        return new Figures(courses, sum);
    }

    private StatementPdf content(Provider provider, int year, FundingLine line, String versionText) {
        Figures figures = figures(provider, year, line);
        ParticipantStatistics stats = statistics.forStatement(StatisticsQuery.year(provider.getId(), year, line));
        return new StatementPdf(
                provider.getName(),
                year,
                line,
                versionText,
                LocalDateTime.now(Today.ZONE),
                figures.courses(),
                figures.sum(),
                stats);
    }

    private static StatementPdf.CourseLine courseLine(FundingCourse course, CourseMonths months) {
        String location = months == null ? "" : months.locationName() + ", " + months.locationCity();
        return new StatementPdf.CourseLine(location, course, months == null ? 0 : months.openMonths());
    }

    private static int checkedYear(Integer year) {
        if (year == null || year < FIRST_YEAR || year > Today.date().getYear()) {
            throw BusinessException.invalidField("year", "violation.statement.year");
        }
        return year;
    }

    private static FundingLine checkedLine(String value) {
        try {
            return FundingLine.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("fundingLine", "violation.statement.fundingLine");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
