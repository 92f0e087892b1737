package de.deutsch4u.district;

/** The three Hessian Regierungsbezirke (labels: bundle keys Region.*). */
public enum Region {
    DARMSTADT,
    GIESSEN,
    KASSEL
}
