package de.deutsch4u.demo;

import de.deutsch4u.common.Today;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseData;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.course.CoursePlanner;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.district.District;
import de.deutsch4u.location.Location;
import de.deutsch4u.location.LocationData;
import de.deutsch4u.location.Room;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The demo's locations and courses: per provider one location with a room, and one course per teacher
 * that runs from a few months ago to a few months ahead, so there are past and coming sessions, each
 * with nine enrolled participants.
 */
@ApplicationScoped
public class DemoCourses {

    private static final List<String> TITLES =
            List.of("Deutsch im Alltag", "Alphabetisierung für Frauen", "Deutsch für Eltern", "Sprachcafé Plus");
    private static final List<CourseLevel> LEVELS =
            List.of(CourseLevel.A1, CourseLevel.ALPHA, CourseLevel.A2, CourseLevel.B1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CoursePlanner planner;

    @Inject
    private DemoParticipants participants;

    @Inject
    private DemoAttendance attendance;

    void create(Provider provider, int districtId, String[] address, List<UserAccount> teachers) {
        LocationData data = new LocationData();
        data.setName(address[0]);
        data.setStreet(address[1]);
        data.setPostalCode(address[2]);
        data.setCity(address[3]);
        data.setCapacity(40);
        data.setStepFree(true);
        data.setChildcareAvailable(districtId != 2);
        data.setContactPhone("0611 " + (400100 + districtId));
        data.setContactEmail("kurse@" + provider.getId() + ".demo.example");
        Location location = new Location(provider, em.find(District.class, districtId), data, Today.utcNow());
        em.persist(location);
        Room room = new Room(location, "Raum 1", 18);
        em.persist(room);
        LocalDate start = Today.date().minusMonths(3).withDayOfMonth(1);
        for (int i = 0; i < teachers.size(); i++) {
            Course course = new Course(
                    provider, location, i == 0 ? room : null, teachers.get(i), course(i, start), Today.utcNow());
            planner.schedule(course);
            participants.enrollInto(course, districtId + i * 4);
            attendance.record(course);
        }
    }

    private static CourseData course(int index, LocalDate start) {
        CourseData course = new CourseData();
        course.setTitle(TITLES.get(index % TITLES.size()));
        course.setLevel(LEVELS.get(index % LEVELS.size()));
        course.setStartDate(start);
        course.setEndDate(start.plusMonths(7));
        boolean morning = index % 2 == 0;
        course.setWeekdays(
                morning
                        ? List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)
                        : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        course.setStartTime(morning ? LocalTime.of(9, 0) : LocalTime.of(17, 0));
        course.setEndTime(morning ? LocalTime.of(12, 0) : LocalTime.of(19, 15));
        course.setUnitsPerSession(morning ? 4 : 3);
        course.setCapacity(15);
        course.setFundingLine(morning ? FundingLine.AMIF : FundingLine.STATE);
        course.setFundingReference("D4U-2026-" + (100 + index));
        course.setApprovedUnits(300);
        course.setRatePerUnit(new BigDecimal("40.00"));
        course.setFundingCap(new BigDecimal(morning ? "20000.00" : "12000.00"));
        course.setPublicListing(index % 3 != 2);
        course.setSupportLanguages(index % 2 == 0 ? List.of("ar", "fa") : List.of("uk"));
        return course;
    }
}
