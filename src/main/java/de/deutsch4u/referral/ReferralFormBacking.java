package de.deutsch4u.referral;

import de.deutsch4u.common.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The referral dialog of a DISTRICT account's start page: a person, their consent, and the chosen course. */
@Named
@ViewScoped
public class ReferralFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private FacesMessages messages;

    private ReferralData form = new ReferralData();
    private String courseTitle;

    /** Opens the dialog for a course of the list. */
    public void startFor(long courseId, String title) {
        form = new ReferralData();
        form.setCourseId(courseId);
        courseTitle = title;
    }

    public void submit() {
        referrals.create(form);
        messages.info("referrals.message.sent", form.getFirstName() + " " + form.getLastName(), courseTitle);
        form = new ReferralData();
    }

    public ReferralData getForm() {
        return form;
    }

    public String getCourseTitle() {
        return courseTitle;
    }
}
