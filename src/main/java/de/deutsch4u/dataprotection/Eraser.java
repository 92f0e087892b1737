package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Today;
import de.deutsch4u.participant.Participant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The erasure itself, shared by the request of a person (ErasureService) and the retention job, which has no caller.
 * Names, contact data, birth year and free-text notes go, in the audit trail's old and new values too.
 */
@Stateless
@PermitAll
public class Eraser {

    /** The audit_change fields that hold a person's erased data. */
    private static final List<String> ERASED_FIELDS = List.of("firstName", "lastName", "latinName", "birthYear", "phone", "firstLanguages");

    @PersistenceContext
    private EntityManager em;

    /** Erases the person; callers check who may (ErasureService, RetentionService) and write the ERASE entry. */
    public void erase(Participant person) {
        Integer standIn = person.getBirthYear() == null ? null : standInBirthYear(person);
        person.erase(standIn, Today.utcNow());
        em.createNativeQuery("UPDATE enrollment SET withdrawal_note = NULL WHERE participant_id = ?")
                .setParameter(1, person.getId()).executeUpdate();
        // The referral that brought the person holds a copy of their names and contact data (contract §11).
        em.createNativeQuery("""
                UPDATE referral SET first_name = '(gelöscht)', last_name = '', phone = NULL, languages = NULL, note = NULL,
                       birth_year = NULL, decline_reason = NULL, erased_at = UTC_TIMESTAMP(3)
                WHERE participant_id = ? AND erased_at IS NULL""").setParameter(1, person.getId()).executeUpdate();
        em.createNativeQuery("UPDATE audit_change SET old_value = NULL, new_value = NULL WHERE field IN ("
                        + String.join(", ", ERASED_FIELDS.stream().map(f -> "'" + f + "'").toList()) + ") AND audit_id IN ("
                        + "SELECT id FROM audit_log WHERE entity_type = 'participant' AND entity_id = ?)")
                .setParameter(1, person.getId()).executeUpdate();
        em.flush();
    }

    /** The same age group in every year from the year before the first enrollment to the end of the last course. */
    private int standInBirthYear(Participant person) {
        Object[] span = (Object[]) em.createNativeQuery("""
                SELECT MIN(e.from_date), MAX(c.end_date) FROM enrollment e JOIN course c ON c.id = e.course_id
                WHERE e.participant_id = ?""").setParameter(1, person.getId()).getSingleResult();
        if (span[0] == null) {
            int year = Today.date().getYear();
            return AgeGroups.standIn(person.getBirthYear(), year, year);
        }
        return AgeGroups.standIn(person.getBirthYear(), localDate(span[0]).getYear() - 1, localDate(span[1]).getYear());
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
