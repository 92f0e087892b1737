package de.deutsch4u.location;

import de.deutsch4u.district.District;
import de.deutsch4u.provider.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A place where a provider holds courses (Kursort), in one district, with optional rooms. */
@Entity
@Table(name = "location")
public class Location implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Column(name = "name", nullable = false, length = LocationData.NAME_MAXLENGTH)
    private String name;

    @Column(name = "street", nullable = false, length = 150)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Column(name = "childcare_available", nullable = false)
    private boolean childcareAvailable;

    @Column(name = "accessibility_note", length = LocationData.NOTE_MAXLENGTH)
    private String accessibilityNote;

    @Column(name = "transport_note", length = LocationData.NOTE_MAXLENGTH)
    private String transportNote;

    @Column(name = "contact_phone", length = LocationData.PHONE_MAXLENGTH)
    private String contactPhone;

    @Column(name = "contact_email", length = LocationData.EMAIL_MAXLENGTH)
    private String contactEmail;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "location")
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    protected Location() {}

    public Location(Provider provider, District district, LocationData data, LocalDateTime createdAt) {
        this.provider = provider;
        this.createdAt = createdAt;
        update(district, data);
    }

    void update(District newDistrict, LocationData data) {
        this.district = newDistrict;
        this.name = data.getName().strip();
        this.street = data.getStreet().strip();
        this.postalCode = data.getPostalCode().strip();
        this.city = data.getCity().strip();
        this.capacity = data.getCapacity();
        this.stepFree = data.isStepFree();
        this.childcareAvailable = data.isChildcareAvailable();
        this.accessibilityNote = data.getAccessibilityNote();
        this.transportNote = data.getTransportNote();
        this.contactPhone = blankToNull(data.getContactPhone());
        this.contactEmail = blankToNull(data.getContactEmail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public Long getProviderId() {
        return provider.getId();
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public District getDistrict() {
        return district;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public boolean isChildcareAvailable() {
        return childcareAvailable;
    }

    public String getAccessibilityNote() {
        return accessibilityNote;
    }

    public String getTransportNote() {
        return transportNote;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    public List<Room> getRooms() {
        return rooms;
    }
}
