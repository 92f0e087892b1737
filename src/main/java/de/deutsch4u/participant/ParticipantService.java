package de.deutsch4u.participant;

import de.deutsch4u.audit.AuditEntry;
import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.Today;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import de.deutsch4u.security.Roles;
import de.deutsch4u.user.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Participants' personal data. Never for PROGRAMME (contract §4); a PROVIDER sees its own, a TEACHER
 * those enrolled in the courses it teaches. Every read of one person is logged by id.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
public class ParticipantService {

    /** The version of the data-protection text that people consent to (docs/data-protection.md). */
    public static final String CONSENT_TEXT_VERSION = "2026-11";

    static final int EARLIEST_BIRTH_YEAR = 1900;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private ProviderService providers;

    @Inject
    private AuditLog audit;

    /** Registers a participant; the API never refuses a duplicate (the pages warn, see {@link #similar}). */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Participant register(ParticipantData data) {
        return create(providers.get(caller.providerIdFor(data.getProviderId())), data, true);
    }

    /**
     * A person a district office referred (contract §11): registered with the little the referral holds, so the
     * birth year may be unknown until the provider adds it; the statistics count the person as age unknown.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Participant registerReferred(ParticipantData data) {
        return create(providers.get(caller.providerIdFor(data.getProviderId())), data, false);
    }

    /**
     * A walk-in registered from an attendance sheet by whoever may record that session (WalkInService
     * checks it), for the course's provider.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.TEACHER})
    public Participant registerWalkIn(Provider provider, ParticipantData data) {
        return create(provider, data, true);
    }

    private Participant create(Provider provider, ParticipantData data, boolean birthYearRequired) {
        List<BusinessException.Violation> violations = check(data, birthYearRequired);
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        String origin = Countries.normalize(data.getCountryOfOrigin());
        String nationality =
                data.getNationality() == null || data.getNationality().isBlank()
                        ? null
                        : Countries.normalize(data.getNationality());
        Participant participant = new Participant(
                provider,
                data,
                origin,
                nationality,
                new Participant.Consent(Today.date(), signedInUser.account().getUsername(), CONSENT_TEXT_VERSION),
                Today.utcNow());
        em.persist(participant);
        em.flush();
        audit.record("CREATE", "participant", participant.getId(), "providerId=" + provider.getId());
        return participant;
    }

    /**
     * Corrects a person's data. {@code version} (required) must be the one the client read, else 409:
     * two people correcting the same record never overwrite each other unnoticed.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public Participant correct(long id, ParticipantData data) {
        Participant participant = find(id);
        if (data.getVersion() == null || data.getVersion() != participant.getVersion()) {
            throw BusinessException.conflict("concurrentChange");
        }
        data.setConsentGiven(true); // consent was recorded at registration and is not asked again
        // A birth year once known stays required; one still unknown (a referred person) may stay so.
        List<BusinessException.Violation> violations = check(data, participant.getBirthYear() != null);
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        Participant before = participant.copy();
        participant.correct(
                data,
                Countries.normalize(data.getCountryOfOrigin()),
                data.getNationality() == null || data.getNationality().isBlank()
                        ? null
                        : Countries.normalize(data.getNationality()));
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw BusinessException.conflict("concurrentChange");
        }
        audit.record("UPDATE", "participant", id, null, before.changesTo(participant));
        return participant;
    }

    /** The rules beyond single fields: birth year range, country codes, consent. Empty when all hold. */
    static List<BusinessException.Violation> check(ParticipantData data, boolean birthYearRequired) {
        List<BusinessException.Violation> violations = new ArrayList<>();
        int thisYear = Today.date().getYear();
        boolean missing = data.getBirthYear() == null;
        if (missing ? birthYearRequired : data.getBirthYear() < EARLIEST_BIRTH_YEAR || data.getBirthYear() > thisYear) {
            violations.add(new BusinessException.Violation(
                    "birthYear", "violation.birthYear.range", EARLIEST_BIRTH_YEAR, thisYear));
        }
        if (Countries.normalize(data.getCountryOfOrigin()) == null) {
            violations.add(new BusinessException.Violation("countryOfOrigin", "violation.country.unknown"));
        }
        if (data.getNationality() != null
                && !data.getNationality().isBlank()
                && Countries.normalize(data.getNationality()) == null) {
            violations.add(new BusinessException.Violation("nationality", "violation.country.unknown"));
        }
        if (!Boolean.TRUE.equals(data.getConsentGiven())) {
            violations.add(new BusinessException.Violation("consentGiven", "violation.consent.required"));
        }
        return violations;
    }

    /** Participants of the same provider with the same names and birth year: a possible duplicate. */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public List<Participant> similar(long providerId, String firstName, String lastName, int birthYear) {
        return em.createQuery("""
                SELECT p FROM Participant p WHERE p.provider.id = :provider AND p.erasedAt IS NULL AND p.firstName = :first
                  AND p.lastName = :last AND p.birthYear = :year""", Participant.class)
                .setParameter("provider", providerId)
                .setParameter("first", firstName.strip())
                .setParameter("last", lastName.strip())
                .setParameter("year", birthYear)
                .getResultList();
    }

    /** Participants in scope whose name contains {@code query}, sorted by last and first name. */
    public Page<Participant> search(Long providerId, String query, PageRequest page) {
        return search(providerId, query, page, null, false);
    }

    /**
     * One page of the participants in scope whose name contains {@code query}, with the number of all that match.
     * {@code sortField} is {@code birthYear}, {@code countryOfOrigin} or anything else for the name.
     */
    public Page<Participant> search(
            Long providerId, String query, PageRequest page, String sortField, boolean descending) {
        String direction = descending ? " DESC" : "";
        String order = switch (sortField == null ? "" : sortField) {
            case "birthYear" -> "p.birthYear" + direction + ", p.lastName, p.firstName";
            case "countryOfOrigin" -> "p.countryOfOrigin" + direction + ", p.lastName, p.firstName";
            default -> "p.lastName" + direction + ", p.firstName" + direction;
        };
        long total = count(providerId, query);
        List<Participant> found = inScope(
                        "SELECT p", providerId, query, " ORDER BY " + order + ", p.id", Participant.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        audit.recordViews(found.stream().map(Participant::getId).toList(), "participant list");
        return new Page<>(found, total);
    }

    /** How many participants in scope have a name containing {@code query}. */
    public long count(Long providerId, String query) {
        return inScope("SELECT COUNT(p)", providerId, query, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> inScope(String select, Long providerId, String query, String orderBy, Class<T> type) {
        if (providerId != null) {
            providers.get(providerId);
        }
        Long provider = caller.role() == Role.ADMIN ? providerId : caller.providerId();
        Long teacher = caller.role() == Role.TEACHER ? caller.id() : null;
        String pattern =
                query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        return em.createQuery(select + """
                 FROM Participant p
                WHERE p.erasedAt IS NULL AND (:provider IS NULL OR p.provider.id = :provider)
                  AND (:pattern IS NULL OR (LOWER(CONCAT(p.firstName, ' ', p.lastName)) LIKE :pattern
                       OR LOWER(p.latinName) LIKE :pattern))
                  AND (:teacher IS NULL OR EXISTS (SELECT e FROM Enrollment e
                        WHERE e.participant = p AND e.course.teacher.id = :teacher))""" + orderBy, type)
                .setParameter("provider", provider)
                .setParameter("pattern", pattern)
                .setParameter("teacher", teacher);
    }

    /** One participant in scope (read is logged); any other id is "not found". */
    public Participant get(Long id) {
        Participant participant = find(id);
        audit.record("VIEW", "participant", participant.getId(), null);
        return participant;
    }

    /**
     * Who viewed, exported or changed the person's data, and their enrollments, newest first (at most 500
     * rows). LIST rows are left out: they name a provider, not a person.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
    public List<AuditEntry> accessLog(long id) {
        Participant participant = find(id);
        return em.createQuery("""
                SELECT a FROM AuditEntry a
                WHERE (a.entityType = 'participant' AND a.entityId = :id AND a.action <> 'LIST')
                   OR (a.entityType = 'enrollment' AND a.entityId IN (
                        SELECT e.id FROM Enrollment e WHERE e.participant.id = :id))
                ORDER BY a.occurredAt DESC, a.id DESC""", AuditEntry.class)
                .setParameter("id", participant.getId())
                .setMaxResults(500)
                .getResultList();
    }

    /** One participant in scope, without logging (for other services' checks). */
    public Participant find(Long id) {
        Participant participant = id == null ? null : em.find(Participant.class, id);
        if (participant == null || !caller.canSeeProvider(participant.getProviderId()) || !teacherMaySee(participant)) {
            throw BusinessException.notFound("participant.notFound", id);
        }
        if (participant.isErased()) {
            throw BusinessException.notFound("participant.erased", id);
        }
        return participant;
    }

    private boolean teacherMaySee(Participant participant) {
        return caller.role() != Role.TEACHER
                || !em.createQuery("""
                SELECT e.id FROM Enrollment e WHERE e.participant = :p AND e.course.teacher.id = :teacher""", Long.class)
                        .setParameter("p", participant)
                        .setParameter("teacher", caller.id())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }
}
