package app.village.caretask;

import app.village.base.SystemSide;
import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.SpaceId;
import app.village.family.SpaceNamesAndZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who took on which task with a start time, for the reminder job. System side ({@link SystemSide}): it runs with
 * nobody signed in, so there is no family-space check; it returns only what a reminder to the person who took the
 * task needs.
 */
@SystemSide
@Component
public class TasksTakenOn {

    /**
     * A task someone took on that is not done, with its start in the family's time as an instant.
     *
     * @param path the task's page inside Village, for the mail's button
     */
    public record Task(UUID taskId, UUID spaceId, String title, Instant startsAt, UUID accountId, String path) {
    }

    private final CareTaskRepository tasks;
    private final SpaceNamesAndZones spaces;

    TasksTakenOn(CareTaskRepository tasks, SpaceNamesAndZones spaces) {
        this.tasks = tasks;
        this.spaces = spaces;
    }

    /** Every such task starting after {@code from} until {@code to}, in every space, soonest first. */
    @Transactional(readOnly = true)
    public List<Task> startingBetween(Instant from, Instant to) {
        // A day either side of UTC's dates covers every family's time zone; the instants decide.
        var found = tasks.findTakenWithStartTimeBetween(dayInUtc(from).minusDays(1), dayInUtc(to).plusDays(1));
        var zoneOf = spaces.of(found.stream().map(CareTask::getSpaceId).distinct().toList());
        return found.stream()
                .map(task -> taken(task, zoneOf))
                .filter(Objects::nonNull)
                .filter(task -> task.startsAt().isAfter(from) && !task.startsAt().isAfter(to))
                .sorted(Comparator.comparing(Task::startsAt))
                .toList();
    }

    /** The task as it is now, if she still has it, not done, with a start time; empty otherwise (or deleted). */
    @Transactional(readOnly = true)
    public Optional<Task> now(UUID taskId, UUID accountId) {
        return tasks.findById(taskId)
                .filter(task -> accountId.equals(task.getAssigneeId()))
                .flatMap(task -> Optional.ofNullable(taken(task, spaces.of(List.of(task.getSpaceId())))));
    }

    private static @Nullable Task taken(CareTask task, Map<UUID, SpaceNamesAndZones.Space> spaceOf) {
        var space = spaceOf.get(task.getSpaceId());
        var zone = space == null ? null : space.zone();
        var day = task.getDueDate();
        var start = task.getStartTime();
        var assignee = task.getAssigneeId();
        if (zone == null || day == null || start == null || assignee == null || task.isDone()) {
            return null;
        }
        // A start inside the spring-forward gap is read as the time after it, as clocks show it.
        var startsAt = ZonedDateTime.of(day, start, zone).toInstant();
        return new Task(task.getId(), task.getSpaceId(), task.getTitle(), startsAt, assignee,
                CareTaskNavigation.taskPath(SpaceId.of(task.getSpaceId()), TaskId.of(task.getId())));
    }

    private static LocalDate dayInUtc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
