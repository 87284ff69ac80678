package app.village.digest;

import app.village.base.ui.TimeTexts;
import app.village.caretask.OpenTasksAhead.OpenTask;
import app.village.family.SpacesForDigest.Member;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftsAhead.ShiftAhead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One family's morning as its digest tells it: read once per space, then worded for each member (she reads herself
 * as "you" and is not told that she joined). Only what members already see on the family pages: titles, days and
 * times, who is on a shift, who joined; never notes.
 *
 * @param today the family's date this morning
 * @param now when the digest is made
 * @param openTasks tasks nobody took, due today or tomorrow, soonest first
 * @param moreTasks whether there were more open tasks than {@code openTasks} holds
 * @param shifts the shifts starting from today to the last day breaks are looked for, soonest first
 * @param members the space's members
 * @param joinedSince the start of the window for new members: the previous morning's digest time
 * @param joinedUntil its end: this morning's digest time, so each member is announced once
 */
record FamilyMorning(ZoneId zone, LocalDate today, Instant now, List<OpenTask> openTasks, boolean moreTasks,
        List<ShiftAhead> shifts, List<Member> members, Instant joinedSince, Instant joinedUntil) {

    /** Longer lists end with a pointer to the family's page: the mail stays short. */
    static final int MAX_LINES = 10;
    static final String MORE = "• …and more on the family's page";
    private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");

    /** What her digest says; each part is a heading and its lines, or empty. */
    record Content(String open, String tonight, String breaks, String joined) {

        boolean nothingToSay() {
            return open.isEmpty() && tonight.isEmpty() && breaks.isEmpty() && joined.isEmpty();
        }
    }

    Content forMember(UUID recipient) {
        Map<UUID, String> names = members.stream()
                .collect(Collectors.toMap(Member::accountId, Member::displayName, (a, b) -> a));
        Function<UUID, String> nameOf = id -> id.equals(recipient) ? "you" : oneLine(names.getOrDefault(id, "someone"));
        return new Content(open(), tonight(nameOf), breaks(), joined(recipient));
    }

    private String open() {
        record Line(LocalDateTime at, String text) {
        }
        var lines = new ArrayList<Line>();
        openTasks.forEach(task -> lines.add(new Line(task.dueDate().atTime(
                task.startTime() == null ? LocalTime.MIN : task.startTime()),
                "• " + when(task.dueDate(), task.startTime()) + ": " + oneLine(task.title()) + " — nobody yet")));
        shifts.stream()
                .filter(shift -> !shift.breakSheAskedFor() && shift.placesOpen() > 0 && shift.endsAt().isAfter(now)
                        && !shift.startDay().isAfter(today.plusDays(1)))
                .forEach(shift -> lines.add(new Line(shift.startsAt().atZone(zone).toLocalDateTime(),
                        "• " + when(shift) + ": " + shift.title() + " — " + places(shift))));
        lines.sort(Comparator.comparing(Line::at));
        return section("Still open today and tomorrow:", lines.stream().map(Line::text).toList(), moreTasks);
    }

    private String tonight(Function<UUID, String> nameOf) {
        var names = shifts.stream()
                .filter(shift -> shift.kind() == ShiftKind.NIGHT && shift.startDay().equals(today))
                .flatMap(shift -> shift.helpers().stream())
                .distinct()
                .map(nameOf)
                .toList();
        return names.isEmpty() ? "" : "On tonight's night shift: " + together(names) + ".";
    }

    private String breaks() {
        var lines = shifts.stream()
                .filter(shift -> shift.breakSheAskedFor() && shift.taken() == 0 && shift.startsAt().isAfter(now))
                .map(shift -> "• " + when(shift) + ": " + shift.title() + " — nobody yet")
                .toList();
        return section("Breaks she asked for that nobody has taken yet:", lines, false);
    }

    private String joined(UUID recipient) {
        var lines = members.stream()
                .filter(member -> !member.accountId().equals(recipient)
                        && !member.joinedAt().isBefore(joinedSince) && member.joinedAt().isBefore(joinedUntil))
                .map(member -> "• " + oneLine(member.displayName())
                        + (member.relationship() == null ? "" : " (" + oneLine(member.relationship()) + ")"))
                .toList();
        return section("New in the family since yesterday morning:", lines, false);
    }

    private static String section(String heading, List<String> lines, boolean more) {
        if (lines.isEmpty()) {
            return "";
        }
        var shown = new ArrayList<>(lines.subList(0, Math.min(lines.size(), MAX_LINES)));
        if (more || lines.size() > MAX_LINES) {
            shown.add(MORE);
        }
        return heading + "\n" + String.join("\n", shown);
    }

    private String when(ShiftAhead shift) {
        var start = shift.startsAt().atZone(zone);
        return when(start.toLocalDate(), start.toLocalTime());
    }

    /** As the pages write a day and time ("Wed, Dec 9 at 6:00 PM"), or a day with no set time. */
    private static String when(LocalDate day, @org.jspecify.annotations.Nullable LocalTime time) {
        return time == null ? TimeTexts.shortDay(day) + ", any time" : TimeTexts.shortDayAtTime(day.atTime(time));
    }

    private static String places(ShiftAhead shift) {
        if (shift.taken() == 0) {
            return "nobody yet";
        }
        return shift.placesOpen() == 1 ? "1 place still open" : shift.placesOpen() + " places still open";
    }

    private static String together(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** A title or name can't start a line of its own in the list. */
    static String oneLine(String text) {
        return NOT_ONE_LINE.matcher(text).replaceAll(" ").strip();
    }
}
