package de.deutsch4u.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * /referrals/list.xhtml: the referrals in the caller's scope with their outcome (a DISTRICT account's own, a
 * provider's incoming ones), filtered by status. Showing them is audited as a VIEW of each referral.
 */
@Named
@ViewScoped
public class ReferralListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private ReferralStatus status;
    private List<ReferralView> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        boolean withRecord = referrals.seesParticipantRecord();
        rows = referrals.list(status == null ? null : status.name(), "referrals/list.xhtml").stream()
                .map(r -> ReferralView.of(r, withRecord))
                .toList();
    }

    public void filter() {
        load();
    }

    public List<ReferralStatus> getStatuses() {
        return List.of(ReferralStatus.values());
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public List<ReferralView> getRows() {
        return rows;
    }
}
