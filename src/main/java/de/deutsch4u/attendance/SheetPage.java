package de.deutsch4u.attendance;

import de.deutsch4u.common.BusinessException;
import java.util.List;

/** What the sheet page shows, read with one check of the session: the sheet, why it is read-only (or null), its history. */
public record SheetPage(AttendanceSheet sheet, BusinessException refusal, List<AttendanceChange> changes) {}
