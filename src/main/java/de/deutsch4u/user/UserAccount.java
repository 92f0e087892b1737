package de.deutsch4u.user;

import de.deutsch4u.provider.Provider;
import de.deutsch4u.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in: one role, for PROVIDER and TEACHER one provider, for DISTRICT one or more districts. */
@Entity
@Table(name = "app_user")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int USERNAME_MAXLENGTH = 60;
    public static final int DISPLAY_NAME_MAXLENGTH = 100;
    public static final int TEACHER_DETAIL_MAXLENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = USERNAME_MAXLENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAXLENGTH)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    /** For DISTRICT accounts: the districts whose courses they see (contract §11); empty for every other role. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_district", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "district_id", nullable = false)
    private Set<Integer> districtIds = new TreeSet<>();

    /** For teachers: languages they speak (helps with beginners), e.g. "Arabisch, Englisch". */
    @Column(name = "languages", length = TEACHER_DETAIL_MAXLENGTH)
    private String languages;

    /** For teachers: qualifications, e.g. "DaF/DaZ, Alpha". */
    @Column(name = "qualifications", length = TEACHER_DETAIL_MAXLENGTH)
    private String qualifications;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Provider provider,
            LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.provider = provider;
        this.createdAt = createdAt;
    }

    void describeTeacher(String spokenLanguages, String teacherQualifications) {
        this.languages = blankToNull(spokenLanguages);
        this.qualifications = blankToNull(teacherQualifications);
    }

    /** Binds a DISTRICT account to its districts; callers check that they exist (UserService, demo data). */
    public void assignDistricts(Collection<Integer> ids) {
        districtIds.clear();
        districtIds.addAll(ids);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void requirePasswordChange(boolean required) {
        this.passwordChangeRequired = required;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Provider getProvider() {
        return provider;
    }

    public Long getProviderId() {
        return provider == null ? null : provider.getId();
    }

    /** The DISTRICT account's districts, ascending; empty for other roles. */
    public List<Integer> getDistrictIds() {
        return districtIds.stream().sorted().toList();
    }

    public String getLanguages() {
        return languages;
    }

    public String getQualifications() {
        return qualifications;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
