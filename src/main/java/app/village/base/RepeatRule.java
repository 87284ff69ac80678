package app.village.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which days a repeating task or shift falls on: every day, chosen weekdays or every few days, from a first
 * day until an optional last day. Repeating tasks and repeating shifts keep it in the same columns
 * ({@code repeat_kind, weekdays, every_days, starts_on, ends_on}), so both follow exactly the same rules.
 */
@Embeddable
public class RepeatRule {

    public static final int EVERY_DAYS_MIN = 2;
    public static final int EVERY_DAYS_MAX = 30;
    /** The last day as pages write a short date ("Jan 9"), in the one text locale. */
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("MMM d", TextLocale.DEFAULT);

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_kind", nullable = false, length = 16)
    private Repeat repeat;
    /** Monday is bit 0, Sunday bit 6. */
    @Column(nullable = false)
    private int weekdays;
    @Column(name = "every_days", nullable = false)
    private int everyDays;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @SuppressWarnings("NullAway.Init")
    protected RepeatRule() {
        // for JPA
    }

    public RepeatRule(Repeat repeat, Set<DayOfWeek> weekdays, int everyDays, LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        this.repeat = repeat;
        this.weekdays = weekdays.stream().mapToInt(RepeatRule::bit).reduce(0, (a, b) -> a | b);
        this.everyDays = repeat == Repeat.EVERY_N_DAYS ? everyDays : 1;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The days of the rule from {@code from} to {@code through}, both included. */
    public List<LocalDate> daysBetween(LocalDate from, LocalDate through) {
        var first = from.isBefore(startsOn) ? startsOn : from;
        var last = endsOn != null && endsOn.isBefore(through) ? endsOn : through;
        var days = new ArrayList<LocalDate>();
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (fallsOn(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public boolean fallsOn(LocalDate day) {
        if (day.isBefore(startsOn) || endsOn != null && day.isAfter(endsOn)) {
            return false;
        }
        return switch (repeat) {
            case DAILY -> true;
            case WEEKLY -> (weekdays & bit(day.getDayOfWeek())) != 0;
            case EVERY_N_DAYS -> ChronoUnit.DAYS.between(startsOn, day) % everyDays == 0;
            case NEVER -> day.equals(startsOn);
        };
    }

    /**
     * The first day of the rule on or after {@code day}: where an editor starts the series when its real first
     * day is long past, without shifting an every-few-days rhythm.
     */
    public LocalDate firstDayOnOrAfter(LocalDate day) {
        if (!day.isAfter(startsOn)) {
            return startsOn;
        }
        if (repeat != Repeat.EVERY_N_DAYS) {
            return day;
        }
        var behind = ChronoUnit.DAYS.between(startsOn, day) % everyDays;
        return behind == 0 ? day : day.plusDays(everyDays - behind);
    }

    /** No more days from {@code day} on. */
    public void endBefore(LocalDate day) {
        endsOn = day.minusDays(1);
    }

    /** A short phrase such as "Every Mon, Wed, Fri until Jan 9". */
    public String describe() {
        var rule = switch (repeat) {
            case DAILY -> "Every day";
            case WEEKLY -> "Every " + String.join(", ", weekdaySet().stream()
                    .map(d -> d.getDisplayName(TextStyle.SHORT, TextLocale.DEFAULT)).toList());
            case EVERY_N_DAYS -> "Every " + everyDays + " days";
            case NEVER -> "Once";
        };
        return endsOn == null ? rule : rule + " until " + UNTIL.format(endsOn);
    }

    /**
     * Whether a chosen-weekdays rule has a day between its first and last day at all: Tuesdays from a
     * Wednesday to the Saturday after have none. Daily and every-few-days rules always have their first day.
     */
    public static boolean hasADay(@Nullable Repeat repeat, Set<DayOfWeek> weekdays, @Nullable LocalDate first,
            @Nullable LocalDate last) {
        if (repeat != Repeat.WEEKLY || first == null || last == null || last.isBefore(first) || weekdays.isEmpty()) {
            return true; // nothing to check here, or another rule reports it
        }
        return first.datesUntil(last.plusDays(1)).limit(7).anyMatch(day -> weekdays.contains(day.getDayOfWeek()));
    }

    public static boolean everyDaysAllowed(@Nullable Integer days) {
        return days != null && days >= EVERY_DAYS_MIN && days <= EVERY_DAYS_MAX;
    }

    public Repeat repeat() {
        return repeat;
    }

    public Set<DayOfWeek> weekdaySet() {
        var set = EnumSet.noneOf(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if ((weekdays & bit(day)) != 0) {
                set.add(day);
            }
        }
        return set;
    }

    /** Every how many days; 2 (the editor's default) when the rule is of another kind. */
    public int everyDaysOrDefault() {
        return repeat == Repeat.EVERY_N_DAYS ? everyDays : EVERY_DAYS_MIN;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public @Nullable LocalDate endsOn() {
        return endsOn;
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }
}
