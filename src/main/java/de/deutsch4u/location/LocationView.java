package de.deutsch4u.location;

import java.util.List;

/** A location as the API shows it. */
public record LocationView(
        long id,
        long providerId,
        String name,
        String street,
        String postalCode,
        String city,
        int districtId,
        String districtName,
        int capacity,
        boolean stepFree,
        boolean childcareAvailable,
        String accessibilityNote,
        String transportNote,
        String contactPhone,
        String contactEmail,
        boolean active,
        List<RoomView> rooms) {

    public static LocationView of(Location l) {
        return new LocationView(
                l.getId(),
                l.getProviderId(),
                l.getName(),
                l.getStreet(),
                l.getPostalCode(),
                l.getCity(),
                l.getDistrict().getId(),
                l.getDistrict().getName(),
                l.getCapacity(),
                l.isStepFree(),
                l.isChildcareAvailable(),
                l.getAccessibilityNote(),
                l.getTransportNote(),
                l.getContactPhone(),
                l.getContactEmail(),
                l.isActive(),
                l.getRooms().stream().map(RoomView::of).toList());
    }

    public record RoomView(long id, String name, int seats) {
        static RoomView of(Room r) {
            return new RoomView(r.getId(), r.getName(), r.getSeats());
        }
    }
}
