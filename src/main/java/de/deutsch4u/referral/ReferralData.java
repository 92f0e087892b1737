package de.deutsch4u.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The body of {@code POST /api/referrals} and the form of the referral dialog: the minimal data of contract §11;
 * {@code birthYear} is optional (the provider asks for it at acceptance otherwise). A class: see UserData.
 */
public class ReferralData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    private Long courseId;

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String lastName;

    @Size(max = Referral.PHONE_MAXLENGTH, message = "{validation.maxLength}")
    private String phone;

    @Size(max = Referral.LANGUAGES_MAXLENGTH, message = "{validation.maxLength}")
    private String languages;

    @Size(max = Referral.NOTE_MAXLENGTH, message = "{validation.maxLength}")
    private String note;

    private Integer birthYear;
    private Boolean consentGiven;

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Boolean getConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(Boolean consentGiven) {
        this.consentGiven = consentGiven;
    }
}
