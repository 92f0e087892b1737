package de.deutsch4u.demo;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import de.deutsch4u.enrollment.Enrollment;
import de.deutsch4u.participant.Gender;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantData;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.participant.ResidenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The demo's participants: invented people with names in several scripts, enrolled in the demo courses. */
@ApplicationScoped
public class DemoParticipants {

    /** First name, last name, birth year, gender, country, residence status. */
    private static final List<Object[]> PEOPLE = List.of(
            new Object[] {"Amal", "Haddad", 1991, Gender.FEMALE, "SY", ResidenceStatus.AE_SCHUTZ},
            new Object[] {"مريم", "الأحمد", 1987, Gender.FEMALE, "SY", ResidenceStatus.AE_SCHUTZ},
            new Object[] {"Olena", "Koval", 1984, Gender.FEMALE, "UA", ResidenceStatus.AE_24_UKRAINE},
            new Object[] {"Оксана", "Мельник", 1979, Gender.FEMALE, "UA", ResidenceStatus.AE_24_UKRAINE},
            new Object[] {"Genet", "Tesfaye", 1995, Gender.FEMALE, "ER", ResidenceStatus.GESTATTUNG},
            new Object[] {"ሳባ", "ገብረመድህን", 1993, Gender.FEMALE, "ER", ResidenceStatus.AE_SCHUTZ},
            new Object[] {"Zahra", "Ahmadi", 1990, Gender.FEMALE, "AF", ResidenceStatus.DULDUNG},
            new Object[] {"Farid", "Rahimi", 1988, Gender.MALE, "AF", ResidenceStatus.GESTATTUNG},
            new Object[] {"Ayşe", "Yılmaz", 1982, Gender.FEMALE, "TR", ResidenceStatus.AE_FAMILIE},
            new Object[] {"Hodan", "Abdi", 1997, Gender.FEMALE, "SO", ResidenceStatus.AE_SCHUTZ},
            new Object[] {"Shirin", "Karimi", 1986, Gender.FEMALE, "IR", ResidenceStatus.FIKTION},
            new Object[] {"Chiamaka", "Okafor", 1992, Gender.FEMALE, "NG", ResidenceStatus.UNBEKANNT});

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Nine people, enrolled from the course start (the demo courses have 15 places). */
    void enrollInto(Course course, int offset) {
        for (int i = 0; i < 9; i++) {
            Object[] person = PEOPLE.get((offset + i) % PEOPLE.size());
            ParticipantData data = new ParticipantData();
            data.setFirstName((String) person[0]);
            data.setLastName((String) person[1]);
            data.setBirthYear((Integer) person[2]);
            data.setGender((Gender) person[3]);
            data.setResidenceStatus((ResidenceStatus) person[5]);
            String country = (String) person[4];
            Participant participant = new Participant(
                    course.getProvider(),
                    data,
                    country,
                    country,
                    new Participant.Consent(
                            course.getStartDate(), AuditLog.SYSTEM, ParticipantService.CONSENT_TEXT_VERSION),
                    Today.utcNow());
            em.persist(participant);
            Enrollment enrollment = Enrollment.enrolled(course, participant, course.getStartDate(), Today.utcNow());
            em.persist(enrollment);
            em.flush();
            audit.recordAsSystem("ENROLL", "enrollment", enrollment.getId(), "demo data");
        }
    }
}
