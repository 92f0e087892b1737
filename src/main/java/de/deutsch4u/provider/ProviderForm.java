package de.deutsch4u.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields of the provider dialog; {@code version} detects a concurrent edit. */
public class ProviderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    @NotBlank(message = "{validation.required}")
    @Size(max = Provider.NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String name;
    @NotNull(message = "{validation.required}")
    private Integer districtId;
    private boolean active = true;

    void clear() {
        id = null;
        version = 0;
        name = null;
        districtId = null;
        active = true;
    }

    void fill(Provider provider) {
        id = provider.getId();
        version = provider.getVersion();
        name = provider.getName();
        districtId = provider.getDistrict().getId();
        active = provider.isActive();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
