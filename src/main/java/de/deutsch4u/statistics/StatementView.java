package de.deutsch4u.statistics;

import de.deutsch4u.course.FundingLine;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A submitted statement version as the API shows it (without the PDF; that is GET /api/statements/{id}/pdf). */
public record StatementView(
        long id,
        long providerId,
        int year,
        FundingLine fundingLine,
        int version,
        String sha256,
        String submittedBy,
        LocalDateTime submittedAt)
        implements Serializable {

    static StatementView of(FundingStatement s) {
        return new StatementView(
                s.getId(),
                s.getProvider().getId(),
                s.getYear(),
                s.getFundingLine(),
                s.getVersionNumber(),
                s.getSha256(),
                s.getSubmittedBy().getUsername(),
                s.getSubmittedAt());
    }
}
