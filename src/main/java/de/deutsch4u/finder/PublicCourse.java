package de.deutsch4u.finder;

import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.location.Location;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A course as the public sees it (contract §11): what, where, when, places and contact. Deliberately without
 * teacher, participants, funding or anything else that is not for the public.
 */
public record PublicCourse(
        long id,
        String title,
        CourseLevel level,
        String provider,
        PublicLocation location,
        List<DayOfWeek> weekdays,
        LocalTime startTime,
        LocalTime endTime,
        LocalDate startDate,
        LocalDate endDate,
        int freePlaces,
        boolean waitingList,
        boolean childcare,
        List<String> supportLanguages) {

    static PublicCourse of(Course course, long enrolled) {
        int free = (int) Math.max(0, course.getCapacity() - enrolled);
        return new PublicCourse(
                course.getId(),
                course.getTitle(),
                course.getLevel(),
                course.getProvider().getName(),
                PublicLocation.of(course.getLocation()),
                course.getWeekdays().stream().sorted().toList(),
                course.getStartTime(),
                course.getEndTime(),
                course.getStartDate(),
                course.getEndDate(),
                free,
                free == 0,
                offersChildcare(course),
                course.getSupportLanguages());
    }

    /** Childcare during the course: the location offers it, or the course plans childcare units. */
    static boolean offersChildcare(Course course) {
        return course.getLocation().isChildcareAvailable()
                || course.getChildcareUnits() != null && course.getChildcareUnits() > 0;
    }

    public TimeOfDay timeOfDay() {
        return TimeOfDay.of(startTime);
    }

    /** Where the course takes place and whom to ask there. */
    public record PublicLocation(
            String name,
            String street,
            String postalCode,
            String city,
            int districtId,
            String districtName,
            String phone,
            String email) {

        static PublicLocation of(Location location) {
            return new PublicLocation(
                    location.getName(),
                    location.getStreet(),
                    location.getPostalCode(),
                    location.getCity(),
                    location.getDistrict().getId(),
                    location.getDistrict().getName(),
                    location.getContactPhone(),
                    location.getContactEmail());
        }

        /** One line for maps and flyers: "Hauptstraße 1, 60311 Frankfurt am Main". */
        public String address() {
            return street + ", " + postalCode + " " + city;
        }
    }
}
