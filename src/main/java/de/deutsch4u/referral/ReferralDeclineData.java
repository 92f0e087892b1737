package de.deutsch4u.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The body of {@code POST /api/referrals/{id}/decline}: the reason is required. A class: see UserData. */
public class ReferralDeclineData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.REASON_MAXLENGTH, message = "{validation.maxLength}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
