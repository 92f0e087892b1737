package de.deutsch4u.security;

/** The roles of contract §4 and §11 (labels: bundle keys Role.*). */
public enum Role {
    /** Programme administration: everything. */
    ADMIN,
    /** Programme staff: reads everything except participants' personal data. */
    PROGRAMME,
    /** Staff of one course provider: manages that provider's data. */
    PROVIDER,
    /** A teacher of one provider: their own courses, sessions and attendance. */
    TEACHER,
    /** Staff of a district or city (contract §11): reads courses and reports at locations in its districts. */
    DISTRICT;

    /** PROVIDER and TEACHER accounts always belong to a provider; the others never do. */
    public boolean belongsToProvider() {
        return this == PROVIDER || this == TEACHER;
    }

    /** Whose lists contain every provider's data (contract §4). */
    public boolean seesAllProviders() {
        return this == ADMIN || this == PROGRAMME;
    }
}
