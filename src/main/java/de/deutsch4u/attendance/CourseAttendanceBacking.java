package de.deutsch4u.attendance;

import de.deutsch4u.audit.ViewLog;
import de.deutsch4u.common.GermanFormats;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /courses/attendance.xhtml?id=: attendance per participant with the low-attendance flag, and per month
 * the attendance list PDF, the closing with the scan of the signed list, and reopening.
 */
@Named
@ViewScoped
public class CourseAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courseService;

    @Inject
    private AttendanceSummaryService summaries;

    @Inject
    private ViewLog viewLog;

    @Inject
    private MonthClosingService closings;

    @Inject
    private Caller caller;

    @Inject
    private AppSettings settings;

    @Inject
    private FacesMessages messages;

    private Long id;
    private Course course;
    private List<ParticipantAttendance> participants = List.of();
    private List<MonthClosing> history = List.of();
    private Map<YearMonth, MonthSessions> sessionsByMonth = Map.of();
    private YearMonth selectedMonth;
    private List<LocalDate> unrecordedDates = List.of();
    private boolean acknowledgeUnrecorded;
    private String reopenReason;

    /** {@code <f:viewAction>}: an unknown course or one outside the caller's scope is a 404 page. */
    public void load() {
        course = courseService.get(id);
        refresh();
    }

    private void refresh() {
        participants = summaries.participants(id);
        viewLog.shown(
                participants.stream().map(ParticipantAttendance::participantId).toList(),
                "courses/attendance.xhtml courseId=" + id);
        history = closings.list(id);
        sessionsByMonth = closings.sessionsByMonth(id);
    }

    /** The course's months up to the current one, newest first. */
    public List<YearMonth> getMonths() {
        YearMonth first = YearMonth.from(course.getStartDate());
        YearMonth last = YearMonth.from(course.getEndDate());
        YearMonth now = YearMonth.from(Today.date());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = last.isAfter(now) ? now : last; !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** "November 2026" in the page's language. */
    public String monthLabel(YearMonth month) {
        if (month == null) {
            return "";
        }
        Locale locale = PageLocale.current();
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    public MonthSessions sessions(YearMonth month) {
        return sessionsByMonth.getOrDefault(month, MonthSessions.NONE);
    }

    /** Only a month that is over can be closed (contract §5). */
    public boolean isOver(YearMonth month) {
        return MonthClosingRules.isOver(month, Today.date());
    }

    /** The closing in force for the month, if it is closed. */
    public MonthClosing closing(YearMonth month) {
        return current(month).orElse(null);
    }

    private Optional<MonthClosing> current(YearMonth month) {
        return history.stream()
                .filter(c -> c.getMonth().equals(month) && !c.isOpenAgain())
                .findFirst();
    }

    public List<MonthClosing> reopenedClosings() {
        return history.stream().filter(MonthClosing::isOpenAgain).toList();
    }

    public StreamedContent attendanceList(YearMonth month) {
        byte[] pdf = summaries.attendanceListPdf(id, month, PageLocale.current());
        return DefaultStreamedContent.builder()
                .name("anwesenheitsliste-" + id + "-" + month + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public StreamedContent scan(MonthClosing closing) {
        MonthClosing withScan = closings.withScan(closing.getId());
        return DefaultStreamedContent.builder().name(withScan.getScanName()).contentType(withScan.getScanType()).stream(
                        () -> new ByteArrayInputStream(withScan.getScan()))
                .build();
    }

    /** Opens the closing dialog, which names the month's sessions that have no attendance yet. */
    public void prepareClose(YearMonth month) {
        selectedMonth = month;
        unrecordedDates = closings.unrecordedDates(id, month);
        acknowledgeUnrecorded = false;
    }

    /** The dialog's error stays in the dialog; the success message goes to the growl. */
    public void close() {
        if (isUnrecorded() && !acknowledgeUnrecorded) {
            messages.fieldError("acknowledge", "course_attendance.acknowledgeRequired");
            return;
        }
        closings.close(id, selectedMonth, acknowledgeUnrecorded);
        messages.info("course_attendance.message.closed", monthLabel(selectedMonth));
        PrimeFaces.current().ajax().update("growl");
        refresh();
    }

    public void selectMonth(YearMonth month) {
        selectedMonth = month;
        reopenReason = null;
    }

    public void reopen() {
        closings.reopen(id, selectedMonth, reopenReason);
        messages.info("course_attendance.message.reopened", monthLabel(selectedMonth));
        PrimeFaces.current().ajax().update("growl");
        refresh();
    }

    public void uploadScan(FileUploadEvent event) {
        closings.attachScan(
                id,
                selectedMonth,
                event.getFile().getFileName(),
                event.getFile().getContentType(),
                event.getFile().getContent());
        messages.info("course_attendance.message.uploaded");
        PrimeFaces.current().ajax().update("growl");
        refresh();
    }

    public long getLowCount() {
        return participants.stream()
                .filter(ParticipantAttendance::lowAttendance)
                .count();
    }

    public long getThresholdPercent() {
        return Math.round(settings.lowAttendanceThreshold() * 100);
    }

    public boolean isPlanner() {
        return caller.managesProviderData();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    public List<ParticipantAttendance> getParticipants() {
        return participants;
    }

    public YearMonth getSelectedMonth() {
        return selectedMonth;
    }

    public String getUnrecordedDates() {
        return GermanFormats.dates(unrecordedDates);
    }

    public boolean isUnrecorded() {
        return !unrecordedDates.isEmpty();
    }

    public boolean isAcknowledgeUnrecorded() {
        return acknowledgeUnrecorded;
    }

    public void setAcknowledgeUnrecorded(boolean acknowledgeUnrecorded) {
        this.acknowledgeUnrecorded = acknowledgeUnrecorded;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public long getMaxScanBytes() {
        return MonthClosingService.MAX_SCAN_BYTES;
    }
}
