package de.deutsch4u.attendance;

import de.deutsch4u.audit.ViewLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.CourseSession;
import de.deutsch4u.course.SessionService;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.participant.Countries;
import de.deutsch4u.participant.Gender;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * /attendance/session.xhtml?id=: the attendance sheet, made for a phone in class. The entries live in this
 * view until saved; when someone else saved in between, they stay on screen next to the saved values,
 * and the teacher saves again on top of the new version.
 */
@Named
@ViewScoped
public class AttendanceSheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceSheetService attendance;

    @Inject
    private WalkInService walkIns;

    @Inject
    private ViewLog viewLog;

    @Inject
    private SessionService sessionService;

    @Inject
    private FacesMessages messages;

    private Long id;
    private CourseSession session;
    private int version;
    /** The version that marks restored from this device were made on (see attendance-draft.js), else null. */
    private Integer draftVersion;

    private String topic;
    private String savedTopic;
    private final List<Line> lines = new ArrayList<>();
    private boolean conflict;
    /** Why the sheet is read-only for the caller (an error code and its values), null when it is editable. */
    private String refusalCode;

    private Object[] refusalArgs;
    private List<AttendanceChange> changes = List.of();
    private ParticipantData walkIn = newWalkIn();
    private String cancelReason;

    /** One participant's line: what the user chose, and what is saved (shown after a conflict). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long participantId;
        private final String name;
        private String status;
        private String savedStatus;

        Line(long participantId, String name, String status) {
            this.participantId = participantId;
            this.name = name;
            this.status = status;
            this.savedStatus = status;
        }

        public long getParticipantId() {
            return participantId;
        }

        public String getName() {
            return name;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status == null || status.isEmpty() ? null : status;
        }

        public String getSavedStatus() {
            return savedStatus;
        }

        public boolean isDiffering() {
            return savedStatus == null ? status != null : !savedStatus.equals(status);
        }
    }

    /** {@code <f:viewAction>}: an unknown session or one outside the caller's scope is a 404 page. */
    public void load() {
        session = sessionService.get(id);
        lines.clear();
        adopt(attendance.page(id));
        topic = savedTopic;
    }

    /** "All present" as the start: every line without a status becomes present. */
    public void allPresent() {
        lines.stream().filter(l -> l.status == null).forEach(l -> l.status = AttendanceStatus.PRESENT.name());
    }

    public void save() {
        List<AttendanceEntry> entries = lines.stream()
                .map(l -> new AttendanceEntry(l.participantId, AttendanceStatus.ofNullable(l.status)))
                .toList();
        try {
            int base = draftVersion == null ? version : draftVersion;
            draftVersion = null;
            SheetPage saved = attendance.savePage(id, new AttendanceSheetData(base, topic, entries));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            conflict = false;
            session = sessionService.get(id);
            messages.info("attendance_sheet.message.saved");
            lines.removeIf(l -> saved.sheet().rows().stream().noneMatch(r -> r.participantId() == l.participantId));
            adopt(saved);
        } catch (BusinessException e) {
            if ("attendance.staleVersion".equals(e.code())) {
                PrimeFaces.current().ajax().addCallbackParam("conflict", true);
                conflict = true;
                adopt(attendance.page(id));
            }
            throw e;
        }
    }

    /** Opens the walk-in form empty. */
    public void startWalkIn() {
        walkIn = newWalkIn();
    }

    public void addWalkIn() {
        Participant added = walkIns.addWalkIn(id, walkIn);
        Line line = new Line(added.getId(), added.getLastName() + ", " + added.getFirstName(), null);
        line.setStatus(AttendanceStatus.PRESENT.name());
        lines.add(line);
        messages.info("attendance_sheet.message.walkInAdded");
    }

    public void cancelSession() {
        sessionService.cancel(id, cancelReason);
        messages.info("attendance_sheet.message.cancelled");
        session = sessionService.get(id);
        takeRefusal(attendance.refusal(id));
    }

    /** Takes the saved state (version, saved values, new people enrolled meanwhile) and keeps the user's entries. */
    private void adopt(SheetPage page) {
        AttendanceSheet sheet = page.sheet();
        viewLog.shown(
                sheet.rows().stream().map(AttendanceSheet.Row::participantId).toList(),
                "attendance/session.xhtml sessionId=" + id);
        version = sheet.version();
        savedTopic = sheet.topic();
        Map<Long, AttendanceSheet.Row> saved = sheet.rows().stream()
                .collect(Collectors.toMap(AttendanceSheet.Row::participantId, Function.identity()));
        lines.forEach(l -> l.savedStatus = saved.containsKey(l.participantId)
                ? name(saved.get(l.participantId).status())
                : null);
        sheet.rows().stream()
                .filter(r -> lines.stream().noneMatch(l -> l.participantId == r.participantId()))
                .forEach(r ->
                        lines.add(new Line(r.participantId(), r.lastName() + ", " + r.firstName(), name(r.status()))));
        takeRefusal(page.refusal());
        changes = page.changes();
    }

    private static String name(AttendanceStatus status) {
        return status == null ? null : status.name();
    }

    private static ParticipantData newWalkIn() {
        ParticipantData data = new ParticipantData();
        data.setGender(Gender.UNSPECIFIED);
        data.setCountryOfOrigin("XX");
        return data;
    }

    public boolean isEditable() {
        return refusalCode == null;
    }

    public boolean isCancellable() {
        return session.getStatus() == SessionStatus.PLANNED && version == 0;
    }

    public long getRecordedCount() {
        return lines.stream().filter(l -> l.status != null).count();
    }

    public long getPresentCount() {
        return lines.stream()
                .filter(l -> AttendanceStatus.PRESENT.name().equals(l.status))
                .count();
    }

    public List<AttendanceStatus> getStatuses() {
        return List.of(AttendanceStatus.values());
    }

    public List<String> getCountryCodes() {
        return Countries.sortedCodes(PageLocale.current());
    }

    public String countryName(String code) {
        return Countries.label(code, PageLocale.current());
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseSession getSession() {
        return session;
    }

    public Integer getDraftVersion() {
        return draftVersion;
    }

    public void setDraftVersion(Integer draftVersion) {
        this.draftVersion = draftVersion;
    }

    public int getVersion() {
        return version;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSavedTopic() {
        return savedTopic;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isConflict() {
        return conflict;
    }

    /**
     * The reason the sheet is read-only, with its values. Formatted when the page renders: during the
     * view action the view's language is still the browser's, not the one the page is shown in.
     */
    public String getRefusal() {
        return refusalCode == null ? null : Messages.get(PageLocale.current(), "error." + refusalCode, refusalArgs);
    }

    private void takeRefusal(BusinessException refused) {
        refusalCode = refused == null ? null : refused.code();
        refusalArgs = refused == null ? null : refused.args();
    }

    public List<AttendanceChange> getChanges() {
        return changes;
    }

    public ParticipantData getWalkIn() {
        return walkIn;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
