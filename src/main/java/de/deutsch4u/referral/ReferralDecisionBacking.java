package de.deutsch4u.referral;

import de.deutsch4u.audit.ViewLog;
import de.deutsch4u.common.Messages;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.participant.Gender;
import de.deutsch4u.participant.Participant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's incoming OPEN referrals (start page: all of its courses; course page: that course) with the accept
 * dialog (completes the registration, warns of a similar participant and offers to take that one) and the decline
 * dialog (reason required, confirmed in the dialog).
 */
@Named
@ViewScoped
public class ReferralDecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private ViewLog viewLog;

    @Inject
    private FacesMessages messages;

    private Long courseId;
    private List<ReferralView> open;
    private ReferralView selected;
    private List<SimilarPerson> similar = new ArrayList<>();
    private final ReferralAcceptanceData acceptance = new ReferralAcceptanceData();
    private String declineReason;

    /** The open referrals of one course (course page) or of every course in scope (null: start page). */
    public List<ReferralView> openFor(Long course) {
        if (open == null || !java.util.Objects.equals(course, courseId)) {
            courseId = course;
            load();
        }
        return open;
    }

    private void load() {
        List<Referral> found = courseId == null
                ? referrals.list(ReferralStatus.OPEN.name(), "index.xhtml")
                : referrals.openForCourse(courseId, "courses/detail.xhtml courseId=" + courseId);
        open = found.stream().map(r -> ReferralView.of(r, true)).toList();
    }

    public void startAccept(ReferralView referral) {
        selected = referral;
        acceptance.setParticipantId(null);
        acceptance.setBirthYear(referral.birthYear());
        acceptance.setGender(Gender.UNSPECIFIED);
        acceptance.setCountryOfOrigin(ReferralService.UNKNOWN_COUNTRY);
        acceptance.setNationality(null);
        acceptance.setFromDate(null);
        List<Participant> found = referrals.similarParticipants(referrals.get(referral.id(), "accept dialog"));
        similar = found.stream()
                .map(p -> new SimilarPerson(
                        p.getId(),
                        Messages.get(
                                PageLocale.current(),
                                "referrals.accept.existingLabel",
                                p.getFirstName() + " " + p.getLastName(),
                                String.valueOf(p.getBirthYear()),
                                String.valueOf(p.getId()))))
                .toList();
        viewLog.shown(found.stream().map(Participant::getId).toList(), "index.xhtml accept referral " + referral.id());
    }

    public void accept() {
        Referral accepted = referrals.accept(selected.id(), acceptance);
        messages.info(
                accepted.getStatus() == ReferralStatus.ACCEPTED
                        ? "referrals.message.accepted"
                        : "referrals.message.waitlisted",
                selected.firstName() + " " + selected.lastName());
        load();
    }

    public void startDecline(ReferralView referral) {
        selected = referral;
        declineReason = null;
    }

    public void decline() {
        referrals.decline(selected.id(), declineReason);
        messages.info("referrals.message.declined", selected.firstName() + " " + selected.lastName());
        load();
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public ReferralView getSelected() {
        return selected;
    }

    public List<SimilarPerson> getSimilar() {
        return similar;
    }

    public ReferralAcceptanceData getAcceptance() {
        return acceptance;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    /** A participant who may be the referred person: offered instead of registering them again. */
    public record SimilarPerson(long id, String label) implements Serializable {}
}
