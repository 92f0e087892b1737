package de.deutsch4u.course;

import de.deutsch4u.common.api.StrictScalars;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A course to create: the body of {@code POST /api/courses} and the course form. Single fields are
 * checked here; rules across fields and records (dates, times, seats, ids) in CourseService.
 * A class, not a record, for the reason given on {@code UserData}.
 */
public class CourseData implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_APPROVED_UNITS = 300;

    private Long providerId;

    @NotNull(message = "{validation.required}")
    private Long locationId;

    private Long roomId;

    @NotNull(message = "{validation.required}")
    private Long teacherId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.maxLength}")
    private String title;

    @NotNull(message = "{validation.required}")
    private CourseLevel level;

    @NotNull(message = "{validation.required}")
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    private LocalDate endDate;

    @NotEmpty(message = "{validation.weekdays}")
    private List<DayOfWeek> weekdays = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    private LocalTime startTime;

    @NotNull(message = "{validation.required}")
    private LocalTime endTime;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 12, message = "{validation.max}")
    private Integer unitsPerSession;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100, message = "{validation.max}")
    private Integer capacity;

    private FundingLine fundingLine;

    @Size(max = 60, message = "{validation.maxLength}")
    private String fundingReference;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 2000, message = "{validation.max}")
    private Integer approvedUnits;
    /** Euros per unit; the business range ends at 1,000 (contract §8). */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1000", message = "{validation.max}")
    @Digits(integer = 4, fraction = 2, message = "{validation.cents}")
    private BigDecimal ratePerUnit;
    /** Euros; at most what the column holds (DECIMAL(10,2)). */
    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 8, fraction = 2, message = "{validation.cents}")
    private BigDecimal fundingCap;

    @Min(value = 0, message = "{validation.min}")
    private Integer childcareUnits;

    @Min(value = 0, message = "{validation.min}")
    private Integer childcareChildren;

    private CourseStatus status;
    /** Shown in the public course finder (contract §11); false unless the provider says so. */
    @JsonbProperty("public")
    @JsonbTypeDeserializer(StrictScalars.Flag.class)
    private boolean publicListing;
    /** ISO 639-1 codes of the languages besides German in which the course helps; checked in CourseRules. */
    private List<String> supportLanguages = new ArrayList<>();
    /** For changes: the version the client read; a different current version is a 409. */
    private Integer version;

    /** The data of an existing course, for changing it; carries its version to detect concurrent changes. */
    static CourseData of(Course course) {
        CourseData data = new CourseData();
        data.providerId = course.getProviderId();
        data.locationId = course.getLocation().getId();
        data.roomId = course.getRoom() == null ? null : course.getRoom().getId();
        data.teacherId = course.getTeacher().getId();
        data.title = course.getTitle();
        data.level = course.getLevel();
        data.startDate = course.getStartDate();
        data.endDate = course.getEndDate();
        data.weekdays = new ArrayList<>(course.getWeekdays());
        data.startTime = course.getStartTime();
        data.endTime = course.getEndTime();
        data.unitsPerSession = course.getUnitsPerSession();
        data.capacity = course.getCapacity();
        data.fundingLine = course.getFundingLine();
        data.fundingReference = course.getFundingReference();
        data.approvedUnits = course.getApprovedUnits();
        data.ratePerUnit = course.getRatePerUnit();
        data.fundingCap = course.getFundingCap();
        data.childcareUnits = course.getChildcareUnits();
        data.childcareChildren = course.getChildcareChildren();
        data.publicListing = course.isPublicListing();
        data.supportLanguages = new ArrayList<>(course.getSupportLanguages());
        data.version = course.getVersion();
        return data;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public void setLevel(CourseLevel level) {
        this.level = level;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<DayOfWeek> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public Integer getUnitsPerSession() {
        return unitsPerSession;
    }

    public void setUnitsPerSession(Integer unitsPerSession) {
        this.unitsPerSession = unitsPerSession;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public void setFundingLine(FundingLine fundingLine) {
        this.fundingLine = fundingLine;
    }

    public String getFundingReference() {
        return fundingReference;
    }

    public void setFundingReference(String fundingReference) {
        this.fundingReference = fundingReference;
    }

    public Integer getApprovedUnits() {
        return approvedUnits;
    }

    public void setApprovedUnits(Integer approvedUnits) {
        this.approvedUnits = approvedUnits;
    }

    public BigDecimal getRatePerUnit() {
        return ratePerUnit;
    }

    public void setRatePerUnit(BigDecimal ratePerUnit) {
        this.ratePerUnit = ratePerUnit;
    }

    public BigDecimal getFundingCap() {
        return fundingCap;
    }

    public void setFundingCap(BigDecimal fundingCap) {
        this.fundingCap = fundingCap;
    }

    public Integer getChildcareUnits() {
        return childcareUnits;
    }

    public void setChildcareUnits(Integer childcareUnits) {
        this.childcareUnits = childcareUnits;
    }

    public Integer getChildcareChildren() {
        return childcareChildren;
    }

    public void setChildcareChildren(Integer childcareChildren) {
        this.childcareChildren = childcareChildren;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    @JsonbProperty("public")
    public boolean isPublicListing() {
        return publicListing;
    }

    @JsonbProperty("public")
    public void setPublicListing(boolean publicListing) {
        this.publicListing = publicListing;
    }

    public List<String> getSupportLanguages() {
        return supportLanguages;
    }

    public void setSupportLanguages(List<String> supportLanguages) {
        this.supportLanguages = supportLanguages == null ? new ArrayList<>() : supportLanguages;
    }
}
