package de.deutsch4u.common.web;

import de.deutsch4u.common.TaskList;
import java.io.Serializable;

/**
 * A task as a start page shows it (WEB-INF/includes/task.xhtml): its element id, the bundle key of its title, its
 * lines, the page a line's thing opens on ({@code ?id=}; null: lines without a link) and an optional link to where
 * to act with the bundle key of its text.
 */
public record StartTask(
        String id, String titleKey, TaskList tasks, String lineOutcome, String actionOutcome, String actionKey)
        implements Serializable {

    /** A task whose lines each link to {@code lineOutcome}. */
    public static StartTask withLineLinks(String id, String titleKey, TaskList tasks, String lineOutcome) {
        return new StartTask(id, titleKey, tasks, lineOutcome, null, null);
    }

    /** A task with one link to where to act, below its lines. */
    public static StartTask withAction(
            String id, String titleKey, TaskList tasks, String actionOutcome, String actionKey) {
        return new StartTask(id, titleKey, tasks, null, actionOutcome, actionKey);
    }
}
