package de.deutsch4u.enrollment;

import de.deutsch4u.common.Messages;
import de.deutsch4u.common.pdf.A4Document;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.location.Location;
import de.deutsch4u.participant.LatinScript;
import de.deutsch4u.participant.Participant;
import java.time.LocalDate;

/** What a participation certificate says, and its German A4 layout. */
record Certificate(
        String provider,
        String name,
        String latinName,
        Integer birthYear,
        String course,
        CourseLevel level,
        String location,
        String city,
        LocalDate from,
        LocalDate until,
        Units units,
        LocalDate issued) {

    /** Units attended (PRESENT) of the units held while enrolled. */
    record Units(int attended, int held) {}

    /**
     * The period runs from the enrollment's first day to its last: the day before the withdrawal (the
     * withdrawal date is the first day without a place, contract §5), else the course end, but never
     * after the day of issue.
     */
    static Certificate of(Enrollment enrollment, Units units, LocalDate issued) {
        Course course = enrollment.getCourse();
        Participant person = enrollment.getParticipant();
        Location location = course.getLocation();
        LocalDate until = enrollment.getWithdrawalDate() != null
                ? enrollment.getWithdrawalDate().minusDays(1)
                : course.getEndDate().isAfter(issued) ? issued : course.getEndDate();
        if (until.isBefore(enrollment.getFromDate())) {
            until = enrollment.getFromDate();
        }
        return new Certificate(
                course.getProvider().getName(),
                person.getFirstName() + " " + person.getLastName(),
                person.getLatinName(),
                person.getBirthYear(),
                course.getTitle(),
                course.getLevel(),
                location.getName() + ", " + location.getPostalCode() + " " + location.getCity(),
                location.getCity(),
                enrollment.getFromDate(),
                until,
                units,
                issued);
    }

    byte[] render() {
        return A4Document.render(A4Document.Orientation.PORTRAIT, provider, Messages.GERMAN, doc -> {
            doc.space(40);
            doc.title(doc.text("certificate.title"));
            doc.paragraph(doc.text("certificate.intro"));
            doc.emphasis(name);
            if (!LatinScript.is(name)) {
                // German offices read the passport's spelling; without one stored, a line to write it on.
                doc.paragraph(doc.text("certificate.latinName", latinName == null ? "_".repeat(30) : latinName));
            }
            if (birthYear != null) {
                doc.paragraph(doc.text("certificate.birthYear", birthYear));
            }
            doc.paragraph(doc.text("certificate.participated"));
            doc.space(6);
            doc.facts(
                    new String[] {doc.text("certificate.course"), course},
                    new String[] {doc.text("certificate.level"), doc.text("CourseLevel." + level.name())},
                    new String[] {doc.text("certificate.location"), location},
                    new String[] {doc.text("certificate.provider"), provider},
                    new String[] {doc.text("certificate.period"), doc.text("certificate.periodValue", from, until)},
                    new String[] {
                        doc.text("certificate.units"),
                        doc.text("certificate.unitsValue", units.attended(), units.held())
                    });
            doc.space(50);
            doc.paragraph(doc.text("certificate.placeAndDate", city, issued));
            doc.space(40);
            doc.signatureLine(doc.text("certificate.signature"));
        });
    }
}
