package de.deutsch4u.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The body of {@code PUT /api/users/{id}} and the edit dialog of the users page. A class: see UserData. */
public class UserChangeData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = UserAccount.DISPLAY_NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String displayName;
    /** For DISTRICT accounts: the districts they see (contract §11). */
    private List<Integer> districtIds;

    @NotNull(message = "{validation.required}")
    private Boolean active;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public List<Integer> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(List<Integer> districtIds) {
        this.districtIds = districtIds;
    }
}
