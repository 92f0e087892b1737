package de.deutsch4u.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of the cancellation endpoints: {@code {"reason": "..."}}. */
public class Reason {

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.maxLength}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
