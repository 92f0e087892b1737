package de.deutsch4u.statistics;

import de.deutsch4u.course.FundingLine;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Participant statistics of a period: distinct participants and their breakdowns (START, END, GENDER,
 * AGE_GROUP, COUNTRY, RESIDENCE_STATUS, LANGUAGE_LEVEL), and the withdrawals by reason (WITHDRAWAL_REASON).
 * {@code suppressed} says whether small cells were hidden (PROGRAMME).
 */
@JsonbNillable
public record ParticipantStatistics(
        LocalDate from,
        LocalDate to,
        Long providerId,
        Integer districtId,
        FundingLine fundingLine,
        boolean suppressed,
        Cell participants,
        List<Breakdown> breakdowns)
        implements Serializable {

    public ParticipantStatistics {
        breakdowns = List.copyOf(breakdowns);
    }

    public Breakdown breakdown(String name) {
        return breakdowns.stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
