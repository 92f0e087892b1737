package de.deutsch4u.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings from the environment (contract §2); defaults in META-INF/microprofile-config.properties. */
@ApplicationScoped
public class AppSettings {

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "attendance.correction.days", defaultValue = "14")
    int attendanceCorrectionDays;

    @Inject
    @ConfigProperty(name = "attendance.low.threshold", defaultValue = "0.5")
    double lowAttendanceThreshold;

    @Inject
    @ConfigProperty(name = "login.max.failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "login.lock.seconds", defaultValue = "900")
    int loginLockSeconds;

    @Inject
    @ConfigProperty(name = "retention.years", defaultValue = "5")
    int retentionYears;

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public boolean demoData() {
        return demoData;
    }

    public int attendanceCorrectionDays() {
        return attendanceCorrectionDays;
    }

    /** Attendance rate (0…1) below which a participant is flagged on the course page (last four weeks). */
    public double lowAttendanceThreshold() {
        return lowAttendanceThreshold;
    }

    /** Failed sign-ins of one username within 15 minutes that lock it (contract §6). */
    public int loginMaxFailures() {
        return Math.max(1, loginMaxFailures);
    }

    /** How long a locked username stays locked. */
    public int loginLockSeconds() {
        return Math.max(1, loginLockSeconds);
    }

    /** Years after the end of a participant's last course after which their data is erased (contract §7). */
    public int retentionYears() {
        return retentionYears;
    }
}
