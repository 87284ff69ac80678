package app.village.caretask;

import app.village.account.MailRecipients;
import app.village.base.TextLocale;
import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.SpaceId;
import app.village.family.SpaceNames;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.notification.MailPreferencesService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Changes to things I'm on" for tasks: when a task someone took on moves to another day or time, or is deleted,
 * she gets one short letter, unless she made the change herself; recorded in the same transaction as the change.
 * Her reminders for the old time are stopped when they would be sent (the reminder feature asks the task again).
 */
@Component
class TaskChangeNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", TextLocale.DEFAULT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", TextLocale.DEFAULT);

    private final MailOutbox mail;
    private final MailPreferencesService preferences;
    private final MailRecipients recipients;
    private final SpaceNames spaceNames;

    TaskChangeNotices(MailOutbox mail, MailPreferencesService preferences, MailRecipients recipients,
            SpaceNames spaceNames) {
        this.mail = mail;
        this.preferences = preferences;
        this.recipients = recipients;
        this.spaceNames = spaceNames;
    }

    /** Before the task takes {@code day} and {@code start}: tells whoever took it on if its time moves. */
    void beforeMove(CareTask task, @Nullable LocalDate day, @Nullable LocalTime start, UUID changer) {
        if (Objects.equals(day, task.getDueDate()) && Objects.equals(start, task.getStartTime())) {
            return;
        }
        tell(task, changer, "task-changed", CareTaskNavigation.taskPath(SpaceId.of(task.getSpaceId()),
                TaskId.of(task.getId())), Map.of("before", when(task.getDueDate(), task.getStartTime()),
                        "when", when(day, start)));
    }

    /** A task deleted (or a day of a repeating task no longer there): whoever took it on hears. */
    void deleted(CareTask task, UUID changer) {
        tell(task, changer, "task-cancelled", CareTaskNavigation.tasksPath(SpaceId.of(task.getSpaceId())),
                Map.of("when", when(task.getDueDate(), task.getStartTime())));
    }

    private void tell(CareTask task, UUID changer, String template, String path, Map<String, String> values) {
        var assignee = task.getAssigneeId();
        if (assignee == null || assignee.equals(changer) || task.isDone()
                || !preferences.of(assignee).wants(MailKind.CHANGES, false)) {
            return;
        }
        var people = recipients.of(List.of(assignee, changer));
        var to = people.get(assignee);
        if (to == null) {
            return;
        }
        var byWhom = people.get(changer);
        var letter = Letter.of(MailKind.CHANGES, template, to.email(), assignee)
                .with("name", to.displayName())
                .with("title", task.getTitle())
                .with("changer", byWhom == null ? "Someone" : byWhom.displayName())
                .with("path", path)
                .about("task-change:" + task.getId());
        for (var value : values.entrySet()) {
            letter = letter.with(value.getKey(), value.getValue());
        }
        var family = spaceNames.of(List.of(task.getSpaceId())).get(task.getSpaceId());
        mail.record(family == null ? letter : letter.inFamily(family));
    }

    /** The task's day and time as the family reads them; both are already in the family's time. */
    private static String when(@Nullable LocalDate day, @Nullable LocalTime start) {
        if (day == null) {
            return "with no set day";
        }
        return start == null ? DAY.format(day) : DAY.format(day) + " at " + CLOCK.format(start);
    }
}
