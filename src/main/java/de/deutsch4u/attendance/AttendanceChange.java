package de.deutsch4u.attendance;

import de.deutsch4u.participant.Participant;
import de.deutsch4u.user.UserAccount;
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
import java.time.LocalDateTime;

/**
 * One change of a saved sheet: a participant's status (old and new, null = not recorded) or, without a
 * participant, the topic. Written in the same transaction as the change.
 */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "old_value", length = 500)
    private String oldValue;

    @Column(name = "new_value", length = 500)
    private String newValue;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "changed_by", nullable = false)
    private UserAccount changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected AttendanceChange() {}

    AttendanceChange(
            long sessionId,
            Participant participant,
            String oldValue,
            String newValue,
            UserAccount changedBy,
            LocalDateTime changedAt) {
        this.sessionId = sessionId;
        this.participant = participant;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    /** True when the topic changed, not a participant's status. */
    public boolean isTopicChange() {
        return participant == null;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public UserAccount getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
