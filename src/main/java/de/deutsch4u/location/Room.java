package de.deutsch4u.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A room of a location; a course's capacity may not exceed its seats. */
@Entity
@Table(name = "room")
public class Room implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Room() {}

    public Room(Location location, String name, int seats) {
        this.location = location;
        this.name = name;
        this.seats = seats;
    }

    public Long getId() {
        return id;
    }

    public Location getLocation() {
        return location;
    }

    public String getName() {
        return name;
    }

    public int getSeats() {
        return seats;
    }

    public boolean isActive() {
        return active;
    }
}
