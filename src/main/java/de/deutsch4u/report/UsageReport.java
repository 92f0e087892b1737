package de.deutsch4u.report;

import de.deutsch4u.course.FundingLine;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The usage report as the API returns it (contract §5 "Reports"). The time it was produced (Europe/Berlin)
 * and the name of a PROVIDER caller's own provider are not part of the JSON; the downloads show them.
 */
@JsonbNillable
@JsonbPropertyOrder({"from", "to", "groupBy", "fundingLine", "rows", "totals"})
public final class UsageReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final GroupBy groupBy;
    private final FundingLine fundingLine;
    private final List<UsageRow> rows;
    private final UsageFigures totals;
    private final LocalDateTime producedAt;
    private final String providerName;

    UsageReport(
            UsageQuery query, List<UsageRow> rows, UsageFigures totals, LocalDateTime producedAt, String providerName) {
        this.from = query.from();
        this.to = query.to();
        this.groupBy = query.groupBy();
        this.fundingLine = query.fundingLine();
        this.rows = List.copyOf(rows);
        this.totals = totals;
        this.producedAt = producedAt;
        this.providerName = providerName;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getGroupBy() {
        return groupBy.param();
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public List<UsageRow> getRows() {
        return rows;
    }

    public UsageFigures getTotals() {
        return totals;
    }

    @JsonbTransient
    public GroupBy getGrouping() {
        return groupBy;
    }

    @JsonbTransient
    public LocalDateTime getProducedAt() {
        return producedAt;
    }

    /** The provider a PROVIDER caller's report is limited to; null for ADMIN and PROGRAMME. */
    @JsonbTransient
    public String getProviderName() {
        return providerName;
    }
}
