package de.deutsch4u.participant;

/**
 * Coarse residence-status categories for statistics (../shared/domain.md §7.1; labels: ResidenceStatus.*).
 * EU_EWR_CH and DEUTSCH are not third-country nationals and so not AMIF-eligible.
 */
public enum ResidenceStatus {
    GESTATTUNG,
    DULDUNG,
    AE_SCHUTZ,
    AE_ABSCHIEBUNGSVERBOT,
    AE_HUMANITAER_SONST,
    AE_24_UKRAINE,
    AE_FAMILIE,
    AE_SONSTIGE,
    NIEDERLASSUNG,
    FIKTION,
    EU_EWR_CH,
    DEUTSCH,
    UNBEKANNT
}
