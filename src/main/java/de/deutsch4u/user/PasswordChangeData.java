package de.deutsch4u.user;

import de.deutsch4u.security.PasswordPolicy;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The body of {@code PUT /api/users/me/password} and the form of the change page. */
public class PasswordChangeData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.maxLength}")
    private String currentPassword;

    @NotNull(message = "{validation.required}")
    private String newPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
