package app.village.caretask;

import app.village.account.AccountService;
import app.village.base.ui.TimeTexts;
import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.FamilyService;
import app.village.family.MemberContext;
import app.village.family.SpaceId;
import app.village.family.StillAMember;
import app.village.notification.ChangeLetters;
import app.village.notification.Letter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Changes to things I'm on" for tasks: when a task someone took on moves to another day or time, or is deleted,
 * she hears, unless she made the change herself; once per edit, so a repeating task changed from now on writes
 * her one letter listing its days ({@link ChangeLetters}). Recorded in the same transaction as the change, and sent
 * only while she is still in the family. It runs in the changer's request, so it reads names and the family
 * through the member-facing services. Her reminders for the old time are stopped when they would be sent (the
 * reminder feature asks the task again). The same notes make the edit's one {@link TaskChanged} and one
 * {@link TaskDeleted} for everyone else (ids only), published with it.
 */
@Component
class TaskChangeNotices {

    private final ChangeLetters letters;
    private final AccountService accounts;
    private final FamilyService families;
    private final ApplicationEventPublisher events;

    TaskChangeNotices(ChangeLetters letters, AccountService accounts, FamilyService families,
            ApplicationEventPublisher events) {
        this.letters = letters;
        this.accounts = accounts;
        this.families = families;
        this.events = events;
    }

    /** Runs one edit by {@code me} that notes its changes, then tells whoever took the changed tasks on. */
    void around(MemberContext me, Consumer<Notes> edit) {
        var notes = new Notes(me,
                letters.edit(me.accountId(), new Letter.CheckRef(StillAMember.PURPOSE, me.spaceId())));
        edit.accept(notes);
        notes.send();
    }

    /** What one edit changes for whoever took its tasks on; {@link #send} publishes its events, records the letters. */
    final class Notes {

        private final MemberContext me;
        private final ChangeLetters.Edit edit;
        private final Touched changed = new Touched();
        private final Touched deleted = new Touched();

        private Notes(MemberContext me, ChangeLetters.Edit edit) {
            this.me = me;
            this.edit = edit;
        }

        /** Before the task takes {@code day} and {@code start}: notes it for whoever took it on, if its time moves. */
        void beforeMove(CareTask task, @Nullable LocalDate day, @Nullable LocalTime start) {
            changed.add(task); // the wording may have changed even where the time stays
            if (Objects.equals(day, task.getDueDate()) && Objects.equals(start, task.getStartTime())) {
                return;
            }
            var when = when(day, start);
            note(task, new ChangeLetters.Change("task-changed",
                    Map.of("title", task.getTitle(), "before", when(task.getDueDate(), task.getStartTime()),
                            "when", when),
                    CareTaskNavigation.taskPath(SpaceId.of(task.getSpaceId()), TaskId.of(task.getId())),
                    "task-change:" + task.getId(),
                    "• " + shortWhen(task.getDueDate(), task.getStartTime()) + ": now " + shortWhen(day, start)));
        }

        /** A task deleted (or a day of a repeating task no longer there): whoever took it on hears. */
        void deleted(CareTask task) {
            deleted.add(task);
            note(task, new ChangeLetters.Change("task-cancelled",
                    Map.of("title", task.getTitle(), "when", when(task.getDueDate(), task.getStartTime())),
                    CareTaskNavigation.tasksPath(SpaceId.of(task.getSpaceId())),
                    "task-change:" + task.getId(),
                    "• " + shortWhen(task.getDueDate(), task.getStartTime()) + ": off the list"));
        }

        /** A new day a repeating task's edit laid out: nobody has taken it on yet, so only the event carries it. */
        void added(CareTask task) {
            changed.add(task);
        }

        private void note(CareTask task, ChangeLetters.Change change) {
            var assignee = task.getAssigneeId();
            if (assignee != null && !task.isDone()) {
                edit.note(assignee, change);
            }
        }

        private void send() {
            var space = me.spaceId();
            if (!changed.taskIds.isEmpty()) {
                events.publishEvent(new TaskChanged(space, changed.taskIds, me.accountId(), List.copyOf(changed.takenBy)));
            }
            if (!deleted.taskIds.isEmpty()) {
                events.publishEvent(new TaskDeleted(space, deleted.taskIds, me.accountId(), List.copyOf(deleted.takenBy)));
            }
            sendLetters();
        }

        private void sendLetters() {
            var people = edit.people();
            if (people.isEmpty()) {
                return;
            }
            var ids = new HashSet<>(people);
            ids.add(me.accountId());
            var names = accounts.namesOf(ids);
            var changer = names.get(me.accountId());
            var space = SpaceId.of(me.spaceId());
            edit.send(names.values().stream().collect(Collectors.toMap(name -> name.id(),
                            name -> new ChangeLetters.Person(name.email(), name.displayName()))),
                    changer == null ? "Someone" : changer.displayName(), families.space(space).name(),
                    new ChangeLetters.Listing("task-changes", CareTaskNavigation.tasksPath(space)));
        }
    }

    /** The tasks one edit changed (or deleted) and who had taken them on, for its event. */
    private static final class Touched {

        private final List<UUID> taskIds = new ArrayList<>();
        private final LinkedHashSet<UUID> takenBy = new LinkedHashSet<>();

        void add(CareTask task) {
            taskIds.add(task.getId());
            var assignee = task.getAssigneeId();
            if (assignee != null) {
                takenBy.add(assignee);
            }
        }
    }

    /** The task's day and time as the family reads them ("Sunday, March 29 at 6:30 PM"); already in its time. */
    private static String when(@Nullable LocalDate day, @Nullable LocalTime start) {
        if (day == null) {
            return "with no set day";
        }
        return start == null ? TimeTexts.longDay(day) : TimeTexts.longDayAtTime(day.atTime(start));
    }

    /** The same in a letter's list of days ("Sun, Mar 29 at 6:30 PM"). */
    private static String shortWhen(@Nullable LocalDate day, @Nullable LocalTime start) {
        if (day == null) {
            return "No set day";
        }
        return start == null ? TimeTexts.shortDay(day) : TimeTexts.shortDayAtTime(day.atTime(start));
    }
}
