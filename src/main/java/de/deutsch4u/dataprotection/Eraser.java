package de.deutsch4u.dataprotection;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.participant.Participant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    private static final List<String> ERASED_FIELDS =
            List.of("firstName", "lastName", "latinName", "birthYear", "phone", "firstLanguages");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Sql sql;

    /** Erases the person; callers check who may (ErasureService, RetentionService) and write the ERASE entry. */
    public void erase(Participant person) {
        Integer standIn = person.getBirthYear() == null ? null : standInBirthYear(person);
        person.erase(standIn, Today.utcNow());
        sql.useHandle(handle -> {
            handle.createUpdate("UPDATE enrollment SET withdrawal_note = NULL WHERE participant_id = :person")
                    .bind("person", person.getId())
                    .execute();
            // The referral that brought the person holds a copy of their names and contact data (contract §11).
            handle.createUpdate("""
                            UPDATE referral SET first_name = '(gelöscht)', last_name = '', phone = NULL, languages = NULL,
                                   note = NULL, birth_year = NULL, decline_reason = NULL, erased_at = UTC_TIMESTAMP(3)
                            WHERE participant_id = :person AND erased_at IS NULL""").bind("person", person.getId()).execute();
            handle.createUpdate("""
                            UPDATE audit_change SET old_value = NULL, new_value = NULL
                            WHERE field IN (<fields>)
                              AND audit_id IN (SELECT id FROM audit_log WHERE entity_type = 'participant' AND entity_id = :person)""")
                    .bindList("fields", ERASED_FIELDS)
                    .bind("person", person.getId())
                    .execute();
        });
        em.flush();
    }

    /** The same age group in every year from the year before the first enrollment to the end of the last course. */
    private int standInBirthYear(Participant person) {
        EnrollmentSpan span = sql.withHandle(handle -> handle.createQuery("""
                        SELECT MIN(e.from_date) AS first_day, MAX(c.end_date) AS last_day
                        FROM enrollment e JOIN course c ON c.id = e.course_id WHERE e.participant_id = :person""")
                .bind("person", person.getId())
                .map((rs, ctx) -> new EnrollmentSpan(
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
                .one());
        if (span.firstDay() == null) {
            int year = Today.date().getYear();
            return AgeGroups.standIn(person.getBirthYear(), year, year);
        }
        return AgeGroups.standIn(
                person.getBirthYear(),
                span.firstDay().getYear() - 1,
                span.lastDay().getYear());
    }

    /** From the first enrollment's first day to the last course's end. */
    private record EnrollmentSpan(LocalDate firstDay, LocalDate lastDay) {}
}
