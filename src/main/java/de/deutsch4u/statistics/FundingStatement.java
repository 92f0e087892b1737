package de.deutsch4u.statistics;

import de.deutsch4u.course.FundingLine;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.user.UserAccount;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One submitted version of a provider's funding statement for a year and funding line; never changed. */
@Entity
@Table(name = "funding_statement")
public class FundingStatement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "statement_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_line", nullable = false, updatable = false)
    private FundingLine fundingLine;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "submitted_by", nullable = false, updatable = false)
    private UserAccount submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    protected FundingStatement() {}

    FundingStatement(
            Provider provider,
            int year,
            FundingLine fundingLine,
            int versionNumber,
            byte[] pdf,
            String sha256,
            UserAccount submittedBy,
            LocalDateTime submittedAt) {
        this.provider = provider;
        this.year = year;
        this.fundingLine = fundingLine;
        this.versionNumber = versionNumber;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public int getYear() {
        return year;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public UserAccount getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
