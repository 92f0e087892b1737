package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** /participants/import.xhtml: upload a CSV or XLSX file (at most 10 MB), see every row's errors, then import all rows or none. */
@Named
@ViewScoped
public class ParticipantImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantImport participantImport;

    @Inject
    private ProviderService providerService;

    @Inject
    private Caller caller;

    @Inject
    private ImportSlots slots;

    @Inject
    private FacesMessages messages;

    private List<Provider> providers;
    private Long providerId;
    private byte[] file;
    private String fileName;
    private List<ParticipantImport.Row> rows = List.of();

    @PostConstruct
    void init() {
        providers = caller.role() == Role.ADMIN ? providerService.list() : List.of();
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        rows = List.of();
        file = null;
        if (event.getFile().getSize() > ImportUpload.MAX_BYTES) {
            throw ImportUpload.tooLarge(); // the browser checks first; this holds for any client
        }
        byte[] content = event.getFile().getContent();
        rows = slots.run(() -> {
            try (ImportUpload upload = receive(content)) {
                return participantImport.preview(upload.path());
            }
        });
        file = content;
    }

    public String importAll() {
        int imported = slots.run(() -> {
            try (ImportUpload upload = receive(file)) {
                return participantImport.importAll(providerId, upload.path());
            }
        });
        messages.flashInfo("participants_import.message.info.imported", imported);
        return "/participants/list?faces-redirect=true";
    }

    private static ImportUpload receive(byte[] content) {
        return ImportUpload.receive(new ByteArrayInputStream(content), content.length);
    }

    public StreamedContent getTemplate() {
        byte[] csv = ImportTemplate.csv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("teilnehmende-vorlage.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public long getInvalidCount() {
        return rows.stream().filter(r -> !r.isValid()).count();
    }

    public boolean isImportable() {
        return file != null
                && !rows.isEmpty()
                && getInvalidCount() == 0
                && (caller.role() != Role.ADMIN || providerId != null);
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN;
    }

    /** "Geburtsjahr: Das Geburtsjahr muss …", in the page's language. */
    public String message(BusinessException.Violation violation) {
        Locale locale = PageLocale.current();
        return Messages.get(locale, "general." + violation.field()) + ": "
                + Messages.get(locale, violation.messageKey(), violation.args());
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ParticipantImport.Row> getRows() {
        return rows;
    }
}
