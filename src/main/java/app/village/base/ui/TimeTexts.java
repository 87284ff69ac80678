package app.village.base.ui;

import app.village.base.TextLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How every page writes a clock time ("8:50 PM"), a day ("Tue, Dec 8"), a day and time, and a family's time
 * zone ("Chicago (CT)"), so tasks, shifts, rest and the activity record read alike. Instants are shown in the
 * family's zone, which the caller passes. Each method has a form that takes the locale; the others use
 * {@link TextLocale#DEFAULT} (docs/decisions/one-ui-kit.md).
 */
public final class TimeTexts {

    private static final String TIME = "h:mm a";
    private static final String SHORT_DAY = "EEE, MMM d";
    private static final String LONG_DAY = "EEEE, MMMM d";
    private static final String DAY_HEADING = "EEEE, MMM d";
    private static final String MONTH_DAY = "MMMM d";
    private static final String SHORT_MONTH_DAY = "MMM d";
    private static final String SHORT_DATE = "MMM d, yyyy";
    private static final String LONG_DATE = "MMMM d, yyyy";

    private static final Map<Locale, Map<String, DateTimeFormatter>> FORMATTERS = new ConcurrentHashMap<>();

    private TimeTexts() {
    }

    /** "8:50 PM". */
    public static String time(TemporalAccessor time) {
        return time(time, TextLocale.DEFAULT);
    }

    public static String time(TemporalAccessor time, Locale locale) {
        return format(TIME, time, locale);
    }

    /** "Chicago (CT)": the city people know, and the zone's short name as clocks show it. */
    public static String zoneName(ZoneId zone) {
        return zoneName(zone, TextLocale.DEFAULT);
    }

    public static String zoneName(ZoneId zone, Locale locale) {
        var id = zone.getId();
        var city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1) : id;
        return city.replace('_', ' ') + " (" + zone.getDisplayName(TextStyle.SHORT, locale) + ")";
    }

    /** "Tue, Dec 8": a day in a list or next to a time. */
    public static String shortDay(TemporalAccessor day) {
        return shortDay(day, TextLocale.DEFAULT);
    }

    public static String shortDay(TemporalAccessor day, Locale locale) {
        return format(SHORT_DAY, day, locale);
    }

    /** "Tuesday, December 8": a day on its own, as a page's subject. */
    public static String longDay(TemporalAccessor day) {
        return longDay(day, TextLocale.DEFAULT);
    }

    public static String longDay(TemporalAccessor day, Locale locale) {
        return format(LONG_DAY, day, locale);
    }

    /** "Sunday, March 29 at 7:00 PM": a moment named on its own, as a letter's subject and text name it. */
    public static String longDayAtTime(TemporalAccessor at) {
        return longDay(at) + " at " + time(at);
    }

    /** "Sun, Mar 29 at 7:00 PM": a moment in a list, as a letter's lines name it. */
    public static String shortDayAtTime(TemporalAccessor at) {
        return shortDay(at) + " at " + time(at);
    }

    /** "Tuesday, Dec 8": the heading of a day in a week. */
    public static String dayHeading(TemporalAccessor day) {
        return dayHeading(day, TextLocale.DEFAULT);
    }

    public static String dayHeading(TemporalAccessor day, Locale locale) {
        return format(DAY_HEADING, day, locale);
    }

    /** "December 8": as in "Week of December 8". */
    public static String monthDay(TemporalAccessor day) {
        return monthDay(day, TextLocale.DEFAULT);
    }

    public static String monthDay(TemporalAccessor day, Locale locale) {
        return format(MONTH_DAY, day, locale);
    }

    /** "Dec 8, 2026": a date people look back on (when she joined). */
    public static String shortDate(TemporalAccessor date) {
        return shortDate(date, TextLocale.DEFAULT);
    }

    public static String shortDate(TemporalAccessor date, Locale locale) {
        return format(SHORT_DATE, date, locale);
    }

    /** "December 8, 2026": a date that matters on its own (the baby's). */
    public static String longDate(TemporalAccessor date) {
        return longDate(date, TextLocale.DEFAULT);
    }

    public static String longDate(TemporalAccessor date, Locale locale) {
        return format(LONG_DATE, date, locale);
    }

    /** "Today", "Tomorrow", "Yesterday", or else "Tue, Dec 8". */
    public static String relativeDay(LocalDate day, LocalDate today) {
        return relativeDay(day, today, TextLocale.DEFAULT);
    }

    public static String relativeDay(LocalDate day, LocalDate today, Locale locale) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.plusDays(1))) {
            return "Tomorrow";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return shortDay(day, locale);
    }

    /**
     * "Dec 8, 8:50 PM" in the family's zone, with the year only when it is not this year there ("Dec 8, 2025,
     * 8:50 PM"): when something happened.
     */
    public static String dayAndTime(Instant at, ZoneId zone, LocalDate today) {
        return dayAndTime(at, zone, today, TextLocale.DEFAULT);
    }

    public static String dayAndTime(Instant at, ZoneId zone, LocalDate today, Locale locale) {
        var local = at.atZone(zone);
        var day = local.getYear() == today.getYear() ? format(SHORT_MONTH_DAY, local, locale) : shortDate(local, locale);
        return day + ", " + time(local, locale);
    }

    private static String format(String pattern, TemporalAccessor value, Locale locale) {
        return FORMATTERS.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, any -> DateTimeFormatter.ofPattern(pattern, locale))
                .format(value);
    }
}
