package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.BusinessException.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the entries a save sends. */
final class SheetEntries {

    private SheetEntries() {}

    /** The entries as a map participant -> status (null = not recorded); every problem is a violation (400). */
    static Map<Long, AttendanceStatus> checked(Set<Long> enrolled, List<AttendanceEntry> entries) {
        Map<Long, AttendanceStatus> result = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String field = "entries[" + i + "]";
            if (entry == null || entry.getParticipantId() == null) {
                violations.add(new Violation(field + ".participantId", "validation.required"));
            } else if (result.containsKey(entry.getParticipantId())) {
                violations.add(new Violation(field + ".participantId", "violation.attendance.duplicate"));
            } else if (!enrolled.contains(entry.getParticipantId())) {
                violations.add(new Violation(field + ".participantId", "violation.attendance.notEnrolled"));
            } else if (!AttendanceStatus.isValid(entry.getStatus())) {
                violations.add(new Violation(field + ".status", "violation.attendance.status"));
            } else {
                result.put(entry.getParticipantId(), AttendanceStatus.ofNullable(entry.getStatus()));
            }
        }
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        return result;
    }

    /** The topic as stored: stripped, null when blank. */
    static String topic(String sent) {
        return sent == null || sent.isBlank() ? null : sent.strip();
    }
}
