package de.deutsch4u.statistics;

/** Body of POST /api/providers/{id}/statements (a class, not a record: see docs/architecture.md). */
public class StatementData {

    private Integer year;
    private String fundingLine;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFundingLine() {
        return fundingLine;
    }

    public void setFundingLine(String fundingLine) {
        this.fundingLine = fundingLine;
    }
}
