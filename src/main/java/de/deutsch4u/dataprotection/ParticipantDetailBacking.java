package de.deutsch4u.dataprotection;

import de.deutsch4u.audit.AuditEntry;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.enrollment.Enrollment;
import de.deutsch4u.enrollment.EnrollmentService;
import de.deutsch4u.participant.Countries;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.participant.PrivacyNoticeTexts;
import de.deutsch4u.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /participants/detail.xhtml?id=: a person's data, their enrollment history and, for PROVIDER and ADMIN,
 * who viewed, exported or changed their data, with the export and the erasure: all that is held about a person
 * (GDPR Art. 15). In dataprotection, the package that already depends on participant and enrollment, since the
 * page shows both (a backing bean in participant would make participant and enrollment import each other).
 */
@Named
@ViewScoped
public class ParticipantDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantService participantService;

    @Inject
    private EnrollmentService enrollmentService;

    @Inject
    private Caller caller;

    @Inject
    private ExportService exportService;

    @Inject
    private ErasureService erasureService;

    @Inject
    private FacesMessages messages;

    private String erasureReason;
    /** The export PDF's second language (a code of ExportLanguages.CHOICES); null for German only. */
    private String exportLanguage;

    private Long id;
    private Participant participant;
    private List<Enrollment> history;
    private List<AuditEntry> accessLog = List.of();

    /** {@code <f:viewAction>}: an unknown person or one outside the caller's scope is a 404 page. */
    public void load() {
        participant = participantService.get(id);
        history = enrollmentService.history(id);
        if (isAuditor()) {
            accessLog = participantService.accessLog(id);
        }
    }

    /** The Art. 15 export of the person as a German PDF. */
    public StreamedContent exportPdf() {
        byte[] pdf = exportService.exportPdf(id, ExportLanguages.chosen(exportLanguage, "exportLanguage"));
        return DefaultStreamedContent.builder()
                .name("auskunft-teilnehmende-" + id + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /** Erases the person for good (after the dialog's confirmation) and returns to the list. */
    public String erase() {
        erasureService.erase(id, erasureReason);
        messages.flashInfo("participant.erase.done", id);
        return "/participants/list?faces-redirect=true";
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }

    public boolean isAuditor() {
        return caller.managesProviderData();
    }

    /** The enrollment a transfer came from, or null: the one whose transfer points to {@code enrollment}. */
    public Enrollment transferredFrom(Enrollment enrollment) {
        return history.stream()
                .filter(e -> enrollment.getId().equals(e.getTransferredToId()))
                .findFirst()
                .orElse(null);
    }

    public String countryName(String code) {
        return Countries.label(code, PageLocale.current());
    }

    /** The label of an audit action; an action without one is shown as recorded. */
    public String actionLabel(String action) {
        String key = "audit.action." + action;
        String label = Messages.get(PageLocale.current(), key);
        return label.equals(key) ? action : label;
    }

    /** Audit times are stored in UTC; people read them in German local time. */
    public LocalDateTime localTime(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Today.ZONE).toLocalDateTime();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Participant getParticipant() {
        return participant;
    }

    /** The privacy notice's languages besides German, offered as the export's second language. */
    public List<PrivacyNoticeTexts.Language> getExportLanguages() {
        return PrivacyNoticeTexts.LANGUAGES.stream()
                .filter(l -> ExportLanguages.CHOICES.contains(l.code()))
                .toList();
    }

    public String getExportLanguage() {
        return exportLanguage;
    }

    public void setExportLanguage(String exportLanguage) {
        this.exportLanguage = exportLanguage;
    }

    public List<Enrollment> getHistory() {
        return history;
    }

    public List<AuditEntry> getAccessLog() {
        return accessLog;
    }
}
