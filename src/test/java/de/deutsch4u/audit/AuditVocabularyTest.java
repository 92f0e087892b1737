package de.deutsch4u.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditVocabularyTest {

    @Test
    void shouldMapStoredActionsOntoTheContractsWords() {
        assertEquals("CHANGE", AuditVocabulary.action("WITHDRAW"));
        assertEquals("CHANGE", AuditVocabulary.action("ATTENDANCE_CORRECT"));
        assertEquals("CHANGE", AuditVocabulary.action("UPDATE"));
        assertEquals("CREATE", AuditVocabulary.action("ENROLL"));
        assertEquals("VIEW", AuditVocabulary.action("LIST"));
        assertEquals("SIGN_IN", AuditVocabulary.action("SIGN_IN"));
        assertEquals("ERASE", AuditVocabulary.action("ERASE"));
    }

    @Test
    void shouldNameEntitiesAsTheApiDoes() {
        assertEquals("location", AuditVocabulary.entity("CREATE", "room"));
        assertEquals("provider", AuditVocabulary.entity("CREATE", "closure"));
        assertEquals("provider", AuditVocabulary.entity("LIST", "participant"));
        assertEquals("participant", AuditVocabulary.entity("VIEW", "participant"));
        assertEquals(List.of("location", "room"), AuditVocabulary.storedTypes("location"));
    }

    @Test
    void shouldReadDetailsAsChangesAndKeepTheFinerAction() {
        List<AuditChange> changes = AuditVocabulary.changes("WITHDRAW", "reason=WORK, date=2026-03-02", List.of());
        assertEquals(3, changes.size());
        assertEquals("action", changes.get(0).getField());
        assertEquals("WITHDRAW", changes.get(0).getNewValue());
        assertEquals("reason", changes.get(1).getField());
        assertEquals("WORK", changes.get(1).getNewValue());
        assertEquals("2026-03-02", changes.get(2).getNewValue());
        assertEquals(
                "note",
                AuditVocabulary.changes("CREATE", "demo data", List.of()).get(0).getField());
    }
}
