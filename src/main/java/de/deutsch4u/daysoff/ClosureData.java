package de.deutsch4u.daysoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A closure period to add: the body of {@code POST /api/providers/{id}/closures} and the closures form. */
public class ClosureData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    private LocalDate from;

    @NotNull(message = "{validation.required}")
    private LocalDate to;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.maxLength}")
    private String reason;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
