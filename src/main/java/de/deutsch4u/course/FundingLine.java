package de.deutsch4u.course;

/** Who pays: state funds, or co-funded by the EU's AMIF since 09/2025 (labels: FundingLine.*). */
public enum FundingLine {
    STATE,
    AMIF
}
