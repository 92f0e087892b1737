package de.deutsch4u.course;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.location.Location;
import de.deutsch4u.location.Room;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.security.Role;
import de.deutsch4u.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a new course across fields and records. All broken rules are reported at once, each on
 * its field (contract §4: ids of another provider or that do not exist are a 400 on that field).
 */
@ApplicationScoped
public class CourseRules {

    static final int MAX_YEARS = 2;

    @PersistenceContext
    private EntityManager em;

    /** The location, room and teacher the ids name, once every rule holds. */
    public record Checked(Location location, Room room, UserAccount teacher) {}

    public Checked check(Provider provider, CourseData data) {
        List<BusinessException.Violation> violations = new ArrayList<>();
        Location location = em.find(Location.class, data.getLocationId());
        if (location == null || !location.getProviderId().equals(provider.getId()) || !location.isActive()) {
            violations.add(new BusinessException.Violation("locationId", "violation.locationId.unknown"));
            location = null;
        }
        Room room = room(location, data.getRoomId(), violations);
        UserAccount teacher = em.find(UserAccount.class, data.getTeacherId());
        if (teacher == null
                || teacher.getRole() != Role.TEACHER
                || !provider.getId().equals(teacher.getProviderId())
                || !teacher.isActive()) {
            violations.add(new BusinessException.Violation("teacherId", "violation.teacherId.unknown"));
            teacher = null;
        }
        if (data.getEndDate().isBefore(data.getStartDate())) {
            violations.add(new BusinessException.Violation("endDate", "violation.endDate.beforeStart"));
        } else if (data.getEndDate().isAfter(data.getStartDate().plusYears(MAX_YEARS))) {
            violations.add(new BusinessException.Violation("endDate", "violation.dateRange.tooLong", MAX_YEARS));
        }
        if (!data.getEndTime().isAfter(data.getStartTime())) {
            violations.add(new BusinessException.Violation("endTime", "violation.endTime.notAfterStart"));
        }
        if (room != null && data.getCapacity() > room.getSeats()) {
            violations.add(
                    new BusinessException.Violation("capacity", "violation.capacity.aboveSeats", room.getSeats()));
        }
        if (!SupportLanguages.valid(data.getSupportLanguages())) {
            violations.add(new BusinessException.Violation(
                    "supportLanguages", "violation.supportLanguages.unknown", SupportLanguages.MAX_COUNT));
        }
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        return new Checked(location, room, teacher);
    }

    private Room room(Location location, Long roomId, List<BusinessException.Violation> violations) {
        if (roomId == null) {
            return null;
        }
        Room room = em.find(Room.class, roomId);
        if (room == null || location == null || !room.getLocation().getId().equals(location.getId())) {
            violations.add(new BusinessException.Violation("roomId", "violation.roomId.unknown"));
            return null;
        }
        return room;
    }
}
