package de.deutsch4u.location;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /locations/list.xhtml: a provider's locations with their rooms; ADMIN and PROVIDER edit them. */
@Named
@ViewScoped
public class LocationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocationService locationService;

    @Inject
    private DistrictService districtService;

    @Inject
    private ProviderService providerService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private List<Location> locations;
    private List<District> districts;
    private List<Provider> providers;
    private LocationData form = new LocationData();
    private Long editedId;
    private int editedVersion;
    private boolean editedActive = true;
    private Long roomLocationId;
    private RoomData room = new RoomData();

    @PostConstruct
    void load() {
        locations = locationService.list(null, null);
        districts = districtService.validOn(Today.date());
        providers = caller.role() == Role.ADMIN ? providerService.list() : List.of();
    }

    public void startNew() {
        form = new LocationData();
        editedId = null;
        editedActive = true;
    }

    public void startEdit(Location location) {
        form = new LocationData();
        form.setProviderId(location.getProviderId());
        form.setName(location.getName());
        form.setStreet(location.getStreet());
        form.setPostalCode(location.getPostalCode());
        form.setCity(location.getCity());
        form.setDistrictId(location.getDistrict().getId());
        form.setCapacity(location.getCapacity());
        form.setStepFree(location.isStepFree());
        form.setChildcareAvailable(location.isChildcareAvailable());
        form.setAccessibilityNote(location.getAccessibilityNote());
        form.setTransportNote(location.getTransportNote());
        form.setContactPhone(location.getContactPhone());
        form.setContactEmail(location.getContactEmail());
        editedId = location.getId();
        editedVersion = location.getVersion();
        editedActive = location.isActive();
    }

    public void save() {
        Location saved = editedId == null
                ? locationService.create(form)
                : locationService.update(editedId, editedVersion, form, editedActive);
        messages.info("locations_list.message.info.saved", saved.getName());
        load();
    }

    public void startRoom(Location location) {
        roomLocationId = location.getId();
        room = new RoomData();
    }

    public void addRoom() {
        Room added = locationService.addRoom(roomLocationId, room.getName(), room.getSeats());
        messages.info("locations_list.message.info.roomAdded", added.getName());
        load();
    }

    public boolean isEditable() {
        return caller.managesProviderData();
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN && editedId == null;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public LocationData getForm() {
        return form;
    }

    public boolean isNew() {
        return editedId == null;
    }

    public boolean isEditedActive() {
        return editedActive;
    }

    public void setEditedActive(boolean editedActive) {
        this.editedActive = editedActive;
    }

    public RoomData getRoom() {
        return room;
    }
}
