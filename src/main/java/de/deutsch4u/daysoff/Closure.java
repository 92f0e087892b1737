package de.deutsch4u.daysoff;

import de.deutsch4u.provider.Provider;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Days on which a provider's courses pause (e.g. school holidays); both ends included. */
@Entity
@Table(name = "closure")
public class Closure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Closure() {}

    Closure(Provider provider, LocalDate from, LocalDate to, String reason, LocalDateTime createdAt) {
        this.provider = provider;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return provider.getId();
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
