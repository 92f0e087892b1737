package de.deutsch4u.course;

import de.deutsch4u.location.Location;
import de.deutsch4u.location.Room;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.user.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A Deutsch 4U course: where, when, who teaches, how many can join, and how it is funded. */
@Entity
@Table(name = "course")
public class Course implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false)
    private UserAccount teacher;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 5)
    private CourseLevel level;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Convert(converter = WeekdaysConverter.class)
    @Column(name = "weekdays", nullable = false, length = 20)
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "units_per_session", nullable = false)
    private int unitsPerSession;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "childcare_units")
    private Integer childcareUnits;

    @Column(name = "childcare_children")
    private Integer childcareChildren;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CourseStatus status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_line", nullable = false, length = 5)
    private FundingLine fundingLine;

    @Column(name = "funding_reference", length = 60)
    private String fundingReference;

    @Column(name = "approved_units", nullable = false)
    private int approvedUnits;

    @Column(name = "rate_per_unit", precision = 8, scale = 2)
    private BigDecimal ratePerUnit;

    @Column(name = "funding_cap", precision = 10, scale = 2)
    private BigDecimal fundingCap;

    @Column(name = "public_listing", nullable = false)
    private boolean publicListing;

    @Column(name = "support_languages", length = 60)
    private String supportLanguages;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Course() {}

    public Course(
            Provider provider,
            Location location,
            Room room,
            UserAccount teacher,
            CourseData data,
            LocalDateTime createdAt) {
        this.provider = provider;
        this.createdAt = createdAt;
        this.status = data.getStatus() == CourseStatus.DRAFT ? CourseStatus.DRAFT : CourseStatus.PUBLISHED;
        change(location, room, teacher, data);
    }

    /** New pattern and data; the caller regenerates the future planned sessions. */
    void change(Location newLocation, Room newRoom, UserAccount newTeacher, CourseData data) {
        this.location = newLocation;
        this.room = newRoom;
        this.teacher = newTeacher;
        this.title = data.getTitle().strip();
        this.level = data.getLevel();
        this.startDate = data.getStartDate();
        this.endDate = data.getEndDate();
        this.weekdays = EnumSet.copyOf(data.getWeekdays());
        this.startTime = data.getStartTime();
        this.endTime = data.getEndTime();
        this.unitsPerSession = data.getUnitsPerSession();
        this.capacity = data.getCapacity();
        this.childcareUnits = data.getChildcareUnits();
        this.childcareChildren = data.getChildcareChildren();
        this.fundingLine = data.getFundingLine() == null ? FundingLine.STATE : data.getFundingLine();
        this.fundingReference = data.getFundingReference();
        this.approvedUnits =
                data.getApprovedUnits() == null ? CourseData.DEFAULT_APPROVED_UNITS : data.getApprovedUnits();
        this.ratePerUnit = data.getRatePerUnit();
        this.fundingCap = data.getFundingCap();
        this.publicListing = data.isPublicListing();
        this.supportLanguages = SupportLanguages.column(data.getSupportLanguages());
    }

    void cancel(String reason) {
        this.status = CourseStatus.CANCELLED;
        this.cancelReason = reason;
    }

    public boolean isCancelled() {
        return status == CourseStatus.CANCELLED;
    }

    /** The status as people see it today (running and completed follow from the dates). */
    public CourseStatus statusOn(LocalDate today) {
        return CourseStatus.on(today, status, startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public Long getProviderId() {
        return provider.getId();
    }

    public Location getLocation() {
        return location;
    }

    public Room getRoom() {
        return room;
    }

    public UserAccount getTeacher() {
        return teacher;
    }

    public String getTitle() {
        return title;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Set<DayOfWeek> getWeekdays() {
        return EnumSet.copyOf(weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekdays);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getUnitsPerSession() {
        return unitsPerSession;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getChildcareUnits() {
        return childcareUnits;
    }

    public Integer getChildcareChildren() {
        return childcareChildren;
    }

    /** The stored status (DRAFT, PUBLISHED or CANCELLED); see statusOn for the one people see. */
    public CourseStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public FundingLine getFundingLine() {
        return fundingLine;
    }

    public String getFundingReference() {
        return fundingReference;
    }

    public int getApprovedUnits() {
        return approvedUnits;
    }

    public BigDecimal getRatePerUnit() {
        return ratePerUnit;
    }

    public BigDecimal getFundingCap() {
        return fundingCap;
    }

    public boolean isPublicListing() {
        return publicListing;
    }

    public List<String> getSupportLanguages() {
        return SupportLanguages.parse(supportLanguages);
    }

    public int getVersion() {
        return version;
    }
}
