package de.deutsch4u.location;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The body of {@code POST /api/locations/{id}/rooms}. */
public class RoomData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 500, message = "{validation.max}")
    private Integer seats;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
