package de.deutsch4u.referral;

import de.deutsch4u.participant.Gender;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The optional body of {@code POST /api/referrals/{id}/acceptance}: an existing {@code participantId} of the course's
 * provider, or what registering the person needs beyond the referral (birth year unless the referral has it; gender
 * and country of origin default to UNSPECIFIED and XX); and the enrollment's {@code fromDate} (default as for
 * enrollments). A class: see UserData.
 */
public class ReferralAcceptanceData implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long participantId;
    private Integer birthYear;
    private Gender gender;
    private String countryOfOrigin;
    private String nationality;
    private LocalDate fromDate;

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
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

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }
}
