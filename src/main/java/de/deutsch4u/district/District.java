package de.deutsch4u.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A Landkreis, kreisfreie Stadt or Sonderstatusstadt, valid from one date to another (reference data). */
@Entity
@Table(name = "district")
public class District implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Integer id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private DistrictType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 10)
    private Region region;

    @Column(name = "ags", nullable = false, length = 8)
    private String ags;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected District() {}

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public DistrictType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getAgs() {
        return ags;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
