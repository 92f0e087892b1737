package de.deutsch4u.participant;

import de.deutsch4u.course.CourseLevel;
import java.time.LocalDate;

/** A participant as the API shows it (never to PROGRAMME). */
public record ParticipantView(
        long id,
        long providerId,
        String firstName,
        String lastName,
        String latinName,
        Integer birthYear,
        Gender gender,
        String countryOfOrigin,
        String nationality,
        String firstLanguages,
        ResidenceStatus residenceStatus,
        CourseLevel languageLevel,
        String phone,
        LocalDate consentDate,
        boolean amifEligible,
        int version) {

    public static ParticipantView of(Participant p) {
        return new ParticipantView(
                p.getId(),
                p.getProviderId(),
                p.getFirstName(),
                p.getLastName(),
                p.getLatinName(),
                p.getBirthYear(),
                p.getGender(),
                p.getCountryOfOrigin(),
                p.getNationality(),
                p.getFirstLanguages(),
                p.getResidenceStatus(),
                p.getLanguageLevel(),
                p.getPhone(),
                p.getConsentDate(),
                p.isAmifEligible(),
                p.getVersion());
    }
}
