package de.deutsch4u.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The body of {@code POST /api/providers}; a class for the reason given on {@code UserData}. */
public class ProviderData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Provider.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Integer districtId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }
}
