package de.deutsch4u.participant;

import de.deutsch4u.audit.AuditChange;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.provider.Provider;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A person taking part in a provider's courses. Sensitive personal data: see docs/data-protection.md. */
@Entity
@Table(name = "participant")
public class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAXLENGTH = 100;
    public static final int LATIN_NAME_MAXLENGTH = 201;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Column(name = "first_name", nullable = false, length = NAME_MAXLENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAXLENGTH)
    private String lastName;

    /** The name as in the passport, in Latin script, when the own name is written in another script. */
    @Column(name = "latin_name", length = LATIN_NAME_MAXLENGTH)
    private String latinName;

    @Column(name = "birth_year")
    private Integer birthYear;

    /** Only after erasure: a stand-in birth year with the same age groups in the statistics (V071). */
    @Column(name = "statistics_birth_year")
    private Integer statisticsBirthYear;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 12)
    private Gender gender;

    @Column(name = "country_of_origin", nullable = false, length = 2)
    private String countryOfOrigin;

    @Column(name = "nationality", length = 2)
    private String nationality;

    @Column(name = "first_languages", length = 200)
    private String firstLanguages;

    @Enumerated(EnumType.STRING)
    @Column(name = "residence_status", length = 30)
    private ResidenceStatus residenceStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_level", length = 5)
    private CourseLevel languageLevel;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "consent_date", nullable = false)
    private LocalDate consentDate;

    @Column(name = "consent_recorded_by", nullable = false, length = 60)
    private String consentRecordedBy;

    @Column(name = "consent_text_version", nullable = false, length = 20)
    private String consentTextVersion;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Participant() {}

    public Participant(
            Provider provider,
            ParticipantData data,
            String countryOfOrigin,
            String nationality,
            Consent consent,
            LocalDateTime createdAt) {
        this.provider = provider;
        this.firstName = data.getFirstName().strip();
        this.lastName = data.getLastName().strip();
        this.latinName = blankToNull(data.getLatinName());
        this.birthYear = data.getBirthYear();
        this.gender = data.getGender();
        this.countryOfOrigin = countryOfOrigin;
        this.nationality = nationality;
        this.firstLanguages = blankToNull(data.getFirstLanguages());
        this.residenceStatus = data.getResidenceStatus();
        this.languageLevel = data.getLanguageLevel();
        this.phone = blankToNull(data.getPhone());
        this.consentDate = consent.date();
        this.consentRecordedBy = consent.recordedBy();
        this.consentTextVersion = consent.textVersion();
        this.createdAt = createdAt;
    }

    /** Corrects the person's data (the consent record stays as it was given). */
    void correct(ParticipantData data, String newCountryOfOrigin, String newNationality) {
        this.firstName = data.getFirstName().strip();
        this.lastName = data.getLastName().strip();
        this.latinName = blankToNull(data.getLatinName());
        this.birthYear = data.getBirthYear();
        this.gender = data.getGender();
        this.countryOfOrigin = newCountryOfOrigin;
        this.nationality = newNationality;
        this.firstLanguages = blankToNull(data.getFirstLanguages());
        this.residenceStatus = data.getResidenceStatus();
        this.languageLevel = data.getLanguageLevel();
        this.phone = blankToNull(data.getPhone());
    }

    /** Erased name used on pages and lists that still count the person (course lists, attendance sheets). */
    public static final String ERASED_NAME = "(gelöscht)";

    /**
     * Removes names, contact data, birth year and free-text fields for good (Art. 17); gender, country of origin,
     * nationality, residence status and level stay for the statistics, the birth year only as a stand-in.
     */
    public void erase(Integer standInBirthYear, LocalDateTime at) {
        firstName = "";
        lastName = ERASED_NAME;
        latinName = null;
        statisticsBirthYear = standInBirthYear;
        birthYear = null;
        phone = null;
        firstLanguages = null;
        erasedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    /** A detached copy of the current values, to compare with after a correction. */
    Participant copy() {
        Participant copy = new Participant();
        copy.firstName = firstName;
        copy.lastName = lastName;
        copy.latinName = latinName;
        copy.birthYear = birthYear;
        copy.gender = gender;
        copy.countryOfOrigin = countryOfOrigin;
        copy.nationality = nationality;
        copy.firstLanguages = firstLanguages;
        copy.residenceStatus = residenceStatus;
        copy.languageLevel = languageLevel;
        copy.phone = phone;
        return copy;
    }

    /** The fields whose values differ in {@code after}, with old and new values, for the audit trail. */
    List<AuditChange> changesTo(Participant after) {
        return Stream.of(
                        AuditChange.ifChanged("firstName", firstName, after.firstName),
                        AuditChange.ifChanged("lastName", lastName, after.lastName),
                        AuditChange.ifChanged("latinName", latinName, after.latinName),
                        AuditChange.ifChanged("birthYear", birthYear, after.birthYear),
                        AuditChange.ifChanged("gender", gender, after.gender),
                        AuditChange.ifChanged("countryOfOrigin", countryOfOrigin, after.countryOfOrigin),
                        AuditChange.ifChanged("nationality", nationality, after.nationality),
                        AuditChange.ifChanged("firstLanguages", firstLanguages, after.firstLanguages),
                        AuditChange.ifChanged("residenceStatus", residenceStatus, after.residenceStatus),
                        AuditChange.ifChanged("languageLevel", languageLevel, after.languageLevel),
                        AuditChange.ifChanged("phone", phone, after.phone))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Who recorded the person's consent to the processing of their data, when, to which text version. */
    public record Consent(LocalDate date, String recordedBy, String textVersion) {}

    /** AMIF co-funded courses count only third-country nationals (contract §5, domain §1.3). */
    public boolean isAmifEligible() {
        return residenceStatus != ResidenceStatus.EU_EWR_CH
                && residenceStatus != ResidenceStatus.DEUTSCH
                && Countries.isThirdCountry(nationality);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return provider.getId();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** Null once the person is erased. */
    public Integer getBirthYear() {
        return birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public String getNationality() {
        return nationality;
    }

    public String getFirstLanguages() {
        return firstLanguages;
    }

    public ResidenceStatus getResidenceStatus() {
        return residenceStatus;
    }

    public CourseLevel getLanguageLevel() {
        return languageLevel;
    }

    public String getLatinName() {
        return latinName;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public int getVersion() {
        return version;
    }
}
