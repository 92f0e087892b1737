package de.deutsch4u.user;

import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields of the "new account" dialog, with the same rules as {@link NewUser}. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = UserAccount.USERNAME_MAXLENGTH, message = "{validation.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username.pattern}")
    private String username;
    @NotNull(message = "{validation.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password.tooShort}")
    private String password;
    @NotBlank(message = "{validation.required}")
    @Size(max = UserAccount.DISPLAY_NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String displayName;
    @NotNull(message = "{validation.required}")
    private Role role;
    private Long providerId;

    void clear(Role defaultRole) {
        username = null;
        password = null;
        displayName = null;
        role = defaultRole;
        providerId = null;
    }

    NewUser toNewUser() {
        return new NewUser(username, password, displayName, role, role != null && role.belongsToProvider() ? providerId : null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
