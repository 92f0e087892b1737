package de.deutsch4u.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of contract §7 for the rows in {@code audit_log}, which keep the finer actions they were written with
 * ("WITHDRAW", "ATTENDANCE_CORRECT" ...) and a few record types the contract folds into others (room, closure).
 */
public final class AuditVocabulary {

    /** The actions of contract §7. */
    public static final List<String> ACTIONS = List.of(
            "CREATE",
            "CHANGE",
            "DELETE",
            "VIEW",
            "EXPORT",
            "ERASE",
            "SIGN_IN",
            "SIGN_IN_FAILED",
            "LOCKED",
            "ACTIVATE",
            "DEACTIVATE",
            "PASSWORD_CHANGE",
            "PASSWORD_RESET");

    /** The entities of contract §7, named as in the API. */
    public static final List<String> ENTITIES =
            List.of("participant", "enrollment", "session", "course", "location", "provider", "user", "referral");

    private static final Map<String, String> ACTION_OF = Map.of(
            "ENROLL",
            "CREATE",
            "LIST",
            "VIEW",
            "UPDATE",
            "CHANGE",
            "LOGIN",
            "SIGN_IN",
            "LOGIN_FAILED",
            "SIGN_IN_FAILED",
            "LOCK",
            "LOCKED");

    /** Record types stored under another name: what the contract calls them. */
    private static final Map<String, String> ENTITY_OF = Map.of("room", "location", "closure", "provider");

    private static final Set<String> CONTRACT_ACTIONS = Set.copyOf(ACTIONS);

    private AuditVocabulary() {}

    /** The contract's action for a stored one; every change that is no create, delete or account event is CHANGE. */
    public static String action(String stored) {
        if (CONTRACT_ACTIONS.contains(stored)) {
            return stored;
        }
        return ACTION_OF.getOrDefault(stored, "CHANGE");
    }

    /** The contract's entity for a stored row; a participant list (LIST) names the provider whose list it was. */
    public static String entity(String storedAction, String storedType) {
        if ("LIST".equals(storedAction)) {
            return "provider";
        }
        return ENTITY_OF.getOrDefault(storedType, storedType);
    }

    /** The stored record types that the contract's entity stands for. */
    public static List<String> storedTypes(String entity) {
        List<String> types = new ArrayList<>(List.of(entity));
        ENTITY_OF.forEach((stored, contract) -> {
            if (contract.equals(entity)) {
                types.add(stored);
            }
        });
        return types;
    }

    /**
     * The changes of a row: its recorded old and new values, or else its detail ("reason=WORK, date=2026-03-02")
     * read as new values, and the stored action when the contract's word is coarser (field "action").
     */
    public static List<AuditChange> changes(String storedAction, String detail, List<AuditChange> recorded) {
        List<AuditChange> changes = new ArrayList<>();
        if (!storedAction.equals(action(storedAction))) {
            changes.add(new AuditChange("action", null, storedAction));
        }
        changes.addAll(recorded);
        if (detail != null && !detail.isBlank()) {
            for (String part : detail.split(",\\s*")) {
                int equals = part.indexOf('=');
                changes.add(
                        equals > 0
                                ? new AuditChange(
                                        part.substring(0, equals).strip(),
                                        null,
                                        part.substring(equals + 1).strip())
                                : new AuditChange("note", null, part.strip()));
            }
        }
        return changes;
    }
}
