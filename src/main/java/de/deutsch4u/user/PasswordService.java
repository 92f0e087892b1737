package de.deutsch4u.user;

import de.deutsch4u.audit.AuditLog;
import de.deutsch4u.common.BusinessException;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.PasswordHasher;
import de.deutsch4u.security.PasswordPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Every signed-in account changes its own password here (contract §6), also with a temporary one. */
@Stateless
@PermitAll
public class PasswordService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SignedInUser signedInUser;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public void changeOwn(PasswordChangeData change) {
        UserAccount account = em.find(UserAccount.class, caller.id(), LockModeType.PESSIMISTIC_WRITE);
        if (!hasher.verify(change.getCurrentPassword(), account.getPasswordHash())) {
            throw BusinessException.invalidField("currentPassword", "violation.currentPassword.wrong");
        }
        if (change.getNewPassword().equals(change.getCurrentPassword())) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    "password.weak",
                    List.of(new BusinessException.Violation("newPassword", "violation.password.unchanged")));
        }
        PasswordPolicy.requireStrong(
                "newPassword", change.getNewPassword(), account.getUsername(), account.getDisplayName());
        account.changePasswordHash(hasher.hash(change.getNewPassword()));
        account.requirePasswordChange(false);
        audit.record("PASSWORD_CHANGE", "user", account.getId(), null);
    }

    /** Whether the signed-in account still has a temporary password (the pages then show only the change form). */
    public boolean mustChange() {
        return signedInUser.account().isPasswordChangeRequired();
    }
}
