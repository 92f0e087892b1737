package de.deutsch4u.dataprotection;

/** The body of POST /api/participants/{id}/erasure. */
public class ErasureData {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
