package app.village.base.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How every page writes a clock time ("8:50 PM") and a family's time zone ("Chicago (CT)"), so tasks, shifts,
 * rest and the activity record read alike.
 */
public final class TimeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

    private TimeTexts() {
    }

    /** "8:50 PM". */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "Tue, Dec 8". */
    public static String shortDay(TemporalAccessor day) {
        return SHORT_DAY.format(day);
    }

    /** "Chicago (CT)": the city people know, and the zone's short name as clocks show it. */
    public static String zoneName(ZoneId zone) {
        var id = zone.getId();
        var city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1) : id;
        return city.replace('_', ' ') + " (" + zone.getDisplayName(TextStyle.SHORT, Locale.US) + ")";
    }
}
