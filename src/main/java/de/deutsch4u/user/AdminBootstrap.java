package de.deutsch4u.user;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.config.AppSettings;
import de.deutsch4u.security.PasswordHasher;
import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Creates the account {@code admin} on the first start: with ADMIN_PASSWORD, or with a random password
 * that is printed once. There is no default password anywhere. The operator's ADMIN_PASSWORD is taken as
 * given (it is set outside the application, like DB_PASSWORD); one that breaks the password rules is
 * only warned about.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AppSettings settings;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Sql sql;

    @PostConstruct
    void createAdminIfMissing() {
        // Instances of a cluster may start together on a new database (contract §10): this row lock, held until the
        // commit, lets one of them create admin; the others wait and then find it instead of failing on the duplicate.
        sql.useHandle(handle -> handle.createQuery("SELECT name FROM scheduled_job WHERE name = 'startup' FOR UPDATE")
                .mapTo(String.class)
                .list());
        boolean exists = !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", ADMIN_USERNAME)
                .getResultList()
                .isEmpty();
        if (exists) {
            return;
        }
        String password = settings.adminPassword().orElseGet(PasswordPolicy::generate);
        UserAccount admin = new UserAccount(
                ADMIN_USERNAME, hasher.hash(password), "Administration", Role.ADMIN, null, Today.utcNow());
        em.persist(admin);
        em.flush();
        audit.recordAsSystem("CREATE", "user", admin.getId(), "role=ADMIN");
        if (settings.adminPassword().isPresent()) {
            LOG.info("Created the account 'admin' with the password from ADMIN_PASSWORD.");
            PasswordPolicy.weakness(password, ADMIN_USERNAME, admin.getDisplayName())
                    .ifPresent(weakness -> LOG.warning(() -> "ADMIN_PASSWORD breaks the password rules (" + weakness
                            + "); change it after the first sign-in."));
        } else {
            LOG.warning(() -> "Created the account 'admin'. Its password, shown only this once: " + password);
        }
    }
}
