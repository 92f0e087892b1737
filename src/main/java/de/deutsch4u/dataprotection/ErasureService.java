package de.deutsch4u.dataprotection;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Erasure (Art. 17 DSGVO, contract §7): a person's names, contact data, birth year and free-text notes are removed
 * for good, from the audit trail's old and new values too. Gender, origin, nationality, residence status, level, the
 * enrollments and attendance stay, so every report and statistic gives the same figures as before.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class ErasureService {

    static final int REASON_MAXLENGTH = 500;

    @Inject
    private ParticipantService participants;

    @Inject
    private AuditLog audit;

    @Inject
    private Eraser eraser;

    /** Erases a person in the caller's scope (404 outside it, 404 participant.erased when already erased). */
    public Participant erase(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalidField("reason", "violation.required");
        }
        if (reason.strip().length() > REASON_MAXLENGTH) {
            throw BusinessException.invalidField("reason", "violation.tooLong", REASON_MAXLENGTH);
        }
        Participant person = participants.find(id);
        eraser.erase(person);
        audit.record("ERASE", "participant", id, "reason=" + reason.strip().replace(",", ";"));
        return person;
    }
}
