package de.deutsch4u.location;

import de.deutsch4u.common.api.StrictScalars;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The fields of a location: the body of {@code POST /api/locations} and the location form.
 * A class, not a record, for the reason given on {@code UserData}.
 */
public class LocationData implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NAME_MAXLENGTH = 150;
    static final int NOTE_MAXLENGTH = 500;
    static final int PHONE_MAXLENGTH = 30;
    static final int EMAIL_MAXLENGTH = 120;

    private Long providerId;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAXLENGTH, message = "{validation.maxLength}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.maxLength}")
    private String street;

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "\\s*\\d{5}\\s*", message = "{validation.postalCode}")
    private String postalCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.maxLength}")
    private String city;

    @NotNull(message = "{validation.required}")
    private Integer districtId;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 500, message = "{validation.max}")
    private Integer capacity;

    @JsonbTypeDeserializer(StrictScalars.Flag.class)
    private boolean stepFree;

    @JsonbTypeDeserializer(StrictScalars.Flag.class)
    private boolean childcareAvailable;

    @Size(max = NOTE_MAXLENGTH, message = "{validation.maxLength}")
    private String accessibilityNote;

    @Size(max = NOTE_MAXLENGTH, message = "{validation.maxLength}")
    private String transportNote;
    /** For the public course finder: digits, spaces and + ( ) / - only, e.g. "+49 69 1234-56". */
    @Size(max = PHONE_MAXLENGTH, message = "{validation.maxLength}")
    @Pattern(regexp = "\\s*\\+?[0-9][0-9 ()/-]{4,}\\s*", message = "{validation.phone}")
    private String contactPhone;

    @Size(max = EMAIL_MAXLENGTH, message = "{validation.maxLength}")
    @Email(regexp = ".+@.+\\..+", message = "{validation.email}")
    private String contactEmail;

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public void setStepFree(boolean stepFree) {
        this.stepFree = stepFree;
    }

    public boolean isChildcareAvailable() {
        return childcareAvailable;
    }

    public void setChildcareAvailable(boolean childcareAvailable) {
        this.childcareAvailable = childcareAvailable;
    }

    public String getAccessibilityNote() {
        return accessibilityNote;
    }

    public void setAccessibilityNote(String accessibilityNote) {
        this.accessibilityNote = accessibilityNote;
    }

    public String getTransportNote() {
        return transportNote;
    }

    public void setTransportNote(String transportNote) {
        this.transportNote = transportNote;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
