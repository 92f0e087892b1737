package de.deutsch4u.user;

import de.deutsch4u.common.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** /account/password.xhtml: every signed-in account changes its password; after a reset it must. */
@Named
@RequestScoped
public class PasswordChangeBacking {

    @Inject
    private PasswordService passwords;

    @Inject
    private FacesMessages messages;

    private final PasswordChangeData change = new PasswordChangeData();
    private String repeated;

    public void save() throws IOException {
        if (change.getNewPassword() != null && !change.getNewPassword().equals(repeated)) {
            messages.error("account_password.message.error.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        passwords.changeOwn(change);
        messages.flashInfo("account_password.message.info.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isRequired() {
        return passwords.mustChange();
    }

    public PasswordChangeData getChange() {
        return change;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
