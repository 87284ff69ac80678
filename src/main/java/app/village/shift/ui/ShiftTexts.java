package app.village.shift.ui;

import app.village.base.ui.TimeTexts;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftSummary;
import app.village.shift.SleepCover;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How shifts read: "10:00 PM to 6:00 AM (next day)", "1 place open", "Times are in New York time". */
final class ShiftTexts {

    private ShiftTexts() {
    }

    static String hours(ShiftSummary shift) {
        return hours(shift.start(), shift.end());
    }

    static String hours(ZonedDateTime start, ZonedDateTime end) {
        var days = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
        var suffix = days == 0 ? "" : days == 1 ? " (next day)" : " (" + TimeTexts.shortDay(end) + ")";
        return TimeTexts.time(start) + " to " + TimeTexts.time(end) + suffix;
    }

    static String day(ZonedDateTime when) {
        return TimeTexts.longDay(when);
    }

    static String shortDay(ZonedDateTime when) {
        return TimeTexts.shortDay(when);
    }

    /** A refusal as the page shows it: "Wed, Dec 9: Someone on this shift has another shift at the new time." */
    static String problem(ShiftProblem problem) {
        var day = problem.day();
        return day == null ? problem.getMessage() : TimeTexts.shortDay(day) + ": " + problem.getMessage();
    }

    static String time(java.time.LocalTime time) {
        return TimeTexts.time(time);
    }

    static String places(ShiftSummary shift) {
        var open = shift.openPlaces();
        if (open <= 0) {
            return shift.capacity() == 1 ? "Covered" : "All " + shift.capacity() + " places taken";
        }
        return open == 1 ? "1 place open" : open + " places open";
    }

    /** Who is on a shift; the service already names the viewer "you" ("you, Ana"). */
    static String helpers(ShiftSummary shift) {
        return shift.helpers().isEmpty() ? "Nobody yet" : String.join(", ", shift.helpers());
    }

    /** Who has a night: "you" for the viewer, as the service names her, and the others' names. */
    static String coveredBy(SleepCover.Night night) {
        return String.join(", ", night.helpers());
    }

    /** "Times are in the family's time zone (New York)", so a relative abroad reads family time. */
    static String zoneLabel(ZoneId zone) {
        return "Times are in the family's time zone: " + TimeTexts.zoneName(zone) + ".";
    }

    static String duration(Duration duration) {
        var hours = duration.toHours();
        var minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
}
