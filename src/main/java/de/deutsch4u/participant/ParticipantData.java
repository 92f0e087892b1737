package de.deutsch4u.participant;

import de.deutsch4u.course.CourseLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A participant to register: the body of {@code POST /api/participants} and the registration form.
 * Birth year, country codes and consent are checked in ParticipantService (they depend on today and
 * on the code list). A class, not a record, for the reason given on {@code UserData}.
 */
public class ParticipantData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long providerId;

    @NotBlank(message = "{validation.required}")
    @Size(max = Participant.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = Participant.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String lastName;

    @Size(max = Participant.LATIN_NAME_MAXLENGTH, message = "{validation.maxLength}")
    @Pattern(regexp = "[\\p{IsLatin}\\p{IsWhite_Space}.'\\-]*", message = "{validation.latinScript}")
    private String latinName;

    @NotNull(message = "{validation.required}")
    private Integer birthYear;

    @NotNull(message = "{validation.required}")
    private Gender gender;

    @NotBlank(message = "{validation.required}")
    private String countryOfOrigin;

    private String nationality;

    @Size(max = 200, message = "{validation.maxLength}")
    private String firstLanguages;

    private ResidenceStatus residenceStatus;
    private CourseLevel languageLevel;

    @Size(max = 40, message = "{validation.maxLength}")
    private String phone;

    private Boolean consentGiven;
    /** For corrections: the version the client read; a different current version is a 409. */
    private Integer version;

    /** The data of a registered person, for correcting it. */
    static ParticipantData of(Participant p) {
        ParticipantData data = new ParticipantData();
        data.providerId = p.getProviderId();
        data.firstName = p.getFirstName();
        data.lastName = p.getLastName();
        data.latinName = p.getLatinName();
        data.birthYear = p.getBirthYear();
        data.gender = p.getGender();
        data.countryOfOrigin = p.getCountryOfOrigin();
        data.nationality = p.getNationality();
        data.firstLanguages = p.getFirstLanguages();
        data.residenceStatus = p.getResidenceStatus();
        data.languageLevel = p.getLanguageLevel();
        data.phone = p.getPhone();
        data.consentGiven = true;
        data.version = p.getVersion();
        return data;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public void setCountryOfOrigin(String countryOfOrigin) {
        this.countryOfOrigin = countryOfOrigin;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getFirstLanguages() {
        return firstLanguages;
    }

    public void setFirstLanguages(String firstLanguages) {
        this.firstLanguages = firstLanguages;
    }

    public ResidenceStatus getResidenceStatus() {
        return residenceStatus;
    }

    public void setResidenceStatus(ResidenceStatus residenceStatus) {
        this.residenceStatus = residenceStatus;
    }

    public CourseLevel getLanguageLevel() {
        return languageLevel;
    }

    public void setLanguageLevel(CourseLevel languageLevel) {
        this.languageLevel = languageLevel;
    }

    public String getLatinName() {
        return latinName;
    }

    public void setLatinName(String latinName) {
        this.latinName = latinName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Boolean getConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(Boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
