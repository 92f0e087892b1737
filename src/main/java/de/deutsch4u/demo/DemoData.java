package de.deutsch4u.demo;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.district.District;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.security.PasswordHasher;
import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import de.deutsch4u.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * DEMO_DATA=true fills an empty database with a small, realistic set-up, so a new user sees a living
 * system: three providers in different districts, their staff and teachers, a programme account and a district
 * office (Frankfurt am Main).
 * Every demo account gets a random password, printed once. It never touches a database that has providers.
 */
@Startup
@Singleton
@DependsOn("AdminBootstrap")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Provider name, district id, its accounts (username / display name / role) and one location. */
    private record DemoProvider(String name, int districtId, List<String[]> accounts, String[] location) {}

    private static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider(
                    "Volkshochschule Frankfurt am Main",
                    2,
                    List.of(
                            new String[] {"vhs-ffm", "Sabine Krämer", "PROVIDER"},
                            new String[] {"t.nguyen", "Thi Nguyen", "TEACHER"},
                            new String[] {"m.haddad", "Mariam Haddad", "TEACHER"}),
                    new String[] {"VHS-Zentrum Sonnemannstraße", "Sonnemannstraße 13", "60314", "Frankfurt am Main"}),
            new DemoProvider(
                    "Caritasverband Gießen e. V.",
                    30,
                    List.of(
                            new String[] {"caritas-gi", "Jonas Becker", "PROVIDER"},
                            new String[] {"o.shevchenko", "Olena Shevchenko", "TEACHER"}),
                    new String[] {"Familienzentrum Nordstadt", "Frankfurter Straße 44", "35392", "Gießen"}),
            new DemoProvider(
                    "Familienzentrum Kassel-Nord",
                    6,
                    List.of(
                            new String[] {"fz-kassel", "Aylin Yıldız", "PROVIDER"},
                            new String[] {"g.tesfaye", "Genet Tesfaye", "TEACHER"}),
                    new String[] {"Stadtteilzentrum Wesertor", "Weserstraße 26", "34125", "Kassel"}));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AppSettings settings;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private DemoCourses courses;

    @PostConstruct
    void loadIfWanted() {
        if (!settings.demoData()) {
            return;
        }
        long providers =
                em.createQuery("SELECT COUNT(p) FROM Provider p", Long.class).getSingleResult();
        if (providers > 0) {
            LOG.info("DEMO_DATA=true, but the database already has providers; no demo data loaded.");
            return;
        }
        List<String> passwords = new ArrayList<>();
        passwords.add(account("programm", "Programmteam HMAIJS", Role.PROGRAMME, null, new ArrayList<>()));
        for (DemoProvider demo : PROVIDERS) {
            Provider provider = new Provider(demo.name(), em.find(District.class, demo.districtId()), Today.utcNow());
            em.persist(provider);
            em.flush();
            audit.recordAsSystem("CREATE", "provider", provider.getId(), "demo data");
            List<UserAccount> teachers = new ArrayList<>();
            for (String[] a : demo.accounts()) {
                passwords.add(account(a[0], a[1], Role.valueOf(a[2]), provider, teachers));
            }
            courses.create(provider, demo.districtId(), demo.location(), teachers);
        }
        passwords.add(districtAccount("wir-ffm", "WIR-Fallmanagement Frankfurt am Main", 2));
        LOG.warning(() -> "Demo data loaded. Demo accounts and their passwords, shown only this once:\n  "
                + String.join("\n  ", passwords));
    }

    /** A district office (contract §11) whose area has demo courses, so its start page and referrals are alive. */
    private String districtAccount(String username, String displayName, int districtId) {
        String password = PasswordPolicy.generate();
        UserAccount account =
                new UserAccount(username, hasher.hash(password), displayName, Role.DISTRICT, null, Today.utcNow());
        account.assignDistricts(List.of(districtId));
        em.persist(account);
        em.flush();
        audit.recordAsSystem(
                "CREATE", "user", account.getId(), "role=DISTRICT, districtIds=[" + districtId + "], demo data");
        return String.format("%-14s %-10s %s", username, Role.DISTRICT, password);
    }

    private String account(
            String username, String displayName, Role role, Provider provider, List<UserAccount> teachers) {
        String password = PasswordPolicy.generate();
        UserAccount account =
                new UserAccount(username, hasher.hash(password), displayName, role, provider, Today.utcNow());
        em.persist(account);
        em.flush();
        audit.recordAsSystem("CREATE", "user", account.getId(), "role=" + role + ", demo data");
        if (role == Role.TEACHER) {
            teachers.add(account);
        }
        return String.format("%-14s %-10s %s", username, role, password);
    }
}
