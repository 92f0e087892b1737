package de.deutsch4u.district;

/** Kind of Hessian Gebietskörperschaft (labels: bundle keys DistrictType.*). */
public enum DistrictType {
    LANDKREIS,
    KREISFREIE_STADT,
    SONDERSTATUSSTADT
}
