package de.deutsch4u.user;

import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * An account to create: the body of {@code POST /api/users} and the form of the users page.
 * A class, not a record: Payara's OpenAPI scanner fails on constraints that javac copies from record
 * components to constructor parameters (docs/architecture.md).
 */
public class UserData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = UserAccount.USERNAME_MAXLENGTH, message = "{validation.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username.pattern}")
    private String username;

    @NotNull(message = "{validation.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.maxLength}")
    private String password;

    @NotBlank(message = "{validation.required}")
    @Size(max = UserAccount.DISPLAY_NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Role role;

    private Long providerId;
    /** For DISTRICT accounts: the districts they see (contract §11). */
    private List<Integer> districtIds;

    @Size(max = UserAccount.TEACHER_DETAIL_MAXLENGTH, message = "{validation.maxLength}")
    private String languages;

    @Size(max = UserAccount.TEACHER_DETAIL_MAXLENGTH, message = "{validation.maxLength}")
    private String qualifications;

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

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getQualifications() {
        return qualifications;
    }

    public void setQualifications(String qualifications) {
        this.qualifications = qualifications;
    }

    public List<Integer> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(List<Integer> districtIds) {
        this.districtIds = districtIds;
    }
}
