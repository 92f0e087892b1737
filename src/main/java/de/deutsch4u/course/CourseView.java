package de.deutsch4u.course;

import de.deutsch4u.common.Today;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A course as the API shows it; {@code freePlaces} is the capacity minus the ENROLLED enrollments. */
public record CourseView(
        long id,
        long providerId,
        long locationId,
        Long roomId,
        long teacherId,
        String teacherName,
        String title,
        CourseLevel level,
        LocalDate startDate,
        LocalDate endDate,
        List<DayOfWeek> weekdays,
        LocalTime startTime,
        LocalTime endTime,
        int unitsPerSession,
        int capacity,
        FundingLine fundingLine,
        String fundingReference,
        int approvedUnits,
        BigDecimal ratePerUnit,
        BigDecimal fundingCap,
        Integer childcareUnits,
        Integer childcareChildren,
        CourseStatus status,
        String cancelReason,
        int sessionCount,
        int unitsPlanned,
        LocalDate lastSessionDate,
        int enrolled,
        int waitlisted,
        int freePlaces,
        @JsonbProperty("public") boolean publicListing,
        List<String> supportLanguages,
        int version) {

    public static CourseView of(Course c, CourseService.CourseFigures figures) {
        return new CourseView(
                c.getId(),
                c.getProviderId(),
                c.getLocation().getId(),
                c.getRoom() == null ? null : c.getRoom().getId(),
                c.getTeacher().getId(),
                c.getTeacher().getDisplayName(),
                c.getTitle(),
                c.getLevel(),
                c.getStartDate(),
                c.getEndDate(),
                c.getWeekdays().stream().sorted().toList(),
                c.getStartTime(),
                c.getEndTime(),
                c.getUnitsPerSession(),
                c.getCapacity(),
                c.getFundingLine(),
                c.getFundingReference(),
                c.getApprovedUnits(),
                c.getRatePerUnit(),
                c.getFundingCap(),
                c.getChildcareUnits(),
                c.getChildcareChildren(),
                c.statusOn(Today.date()),
                c.getCancelReason(),
                figures.sessionCount(),
                figures.unitsPlanned(),
                figures.lastSessionDate(),
                figures.enrolled(),
                figures.waitlisted(),
                Math.max(0, c.getCapacity() - figures.enrolled()),
                c.isPublicListing(),
                c.getSupportLanguages(),
                c.getVersion());
    }
}
