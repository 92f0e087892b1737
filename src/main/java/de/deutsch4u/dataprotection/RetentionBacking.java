package de.deutsch4u.dataprotection;

import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.config.AppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /dataprotection/retention.xhtml (ADMIN): who is due for erasure under RETENTION_YEARS, and running it now. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private AppSettings settings;

    @Inject
    private FacesMessages messages;

    private List<RetentionService.Due> due;

    @PostConstruct
    void init() {
        due = retention.due();
    }

    public void run() {
        RetentionResult result = retention.run(false);
        messages.info("retention.message.erased", result.erased());
        due = retention.due();
    }

    public List<RetentionService.Due> getDue() {
        return due;
    }

    public int getYears() {
        return settings.retentionYears();
    }
}
