package de.deutsch4u.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * One check for both ways in (form and HTTP Basic): lock, password, active. An unknown username is
 * verified against a dummy hash, so a wrong password costs the same time whether the account exists or
 * not. Failures are counted, audited and logged with username and address, never with the password.
 */
@ApplicationScoped
public class SignInCheck {

    private static final Logger LOG = Logger.getLogger(SignInCheck.class.getName());

    @Inject
    private SignInAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private RecentCredentials recentCredentials;

    @Inject
    private LoginThrottle throttle;

    public enum Status {
        VALID,
        INVALID,
        LOCKED
    }

    /** The answer: for VALID the account, for LOCKED the seconds until the lock ends. */
    public record Outcome(Status status, StoredAccount account, long retryAfterSeconds) {
        static Outcome invalid() {
            return new Outcome(Status.INVALID, null, 0);
        }
    }

    public Outcome check(String username, String password, String address, String channel) {
        SignInAccounts.Facts facts = accounts.facts(username);
        OptionalLong locked = facts.lockedForSeconds();
        if (locked.isPresent()) {
            LOG.warning(() -> "Sign-in refused, username '" + printable(username) + "' is locked (" + channel + " from "
                    + address + ")");
            return new Outcome(Status.LOCKED, null, locked.getAsLong());
        }
        Optional<StoredAccount> account = facts.account();
        boolean rightPassword = account.isPresent() ? matches(account.get(), password) : hasher.verifyDummy(password);
        if (rightPassword && account.get().active()) {
            return new Outcome(Status.VALID, account.get(), 0);
        }
        boolean nowLocked =
                throttle.recordFailure(username, account.map(StoredAccount::id).orElse(null), address, channel);
        LOG.warning(() -> "Failed sign-in of username '" + printable(username) + "' (" + channel + " from " + address
                + ")" + (nowLocked ? "; the username is now locked" : ""));
        return Outcome.invalid();
    }

    private boolean matches(StoredAccount account, String password) {
        if (recentCredentials.matches(account.username(), password, account.passwordHash())) {
            return true;
        }
        boolean right = hasher.verify(password, account.passwordHash());
        if (right) {
            recentCredentials.remember(account.username(), password, account.passwordHash());
        }
        return right;
    }

    /** No line breaks or other control characters from a typed username in the log. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
