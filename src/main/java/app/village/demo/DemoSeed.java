package app.village.demo;

import app.village.base.Repeat;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.shift.HandoffForm;
import app.village.shift.RestActivity;
import app.village.shift.ShiftKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The demo family as {@code seeds/demo/family.json} writes it, read into records. */
final class DemoSeed {

    static final String SEED = "/seeds/demo/family.json";

    private DemoSeed() {
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    static DemoFamily read() {
        try (var in = Objects.requireNonNull(DemoSeed.class.getResourceAsStream(SEED), SEED + " is missing")) {
            return JsonMapper.builder().build().readValue(in, DemoFamily.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record DemoFamily(String password, List<Person> people, DemoSpace space) {
    }

    record Person(String email, String displayName, String about) {
    }

    record DemoSpace(String name, String owner, String babyName, int babyBornDaysAgo, String timeZone,
            String dietNotes, String dropOffNotes, String quietHours, String address, List<DemoMember> members,
            List<DemoTask> tasks, @Nullable DemoSleepWindow sleepWindow, List<DemoShift> shifts,
            List<DemoBreak> breaks, List<DemoOffer> respiteOffers, List<DemoUpdate> updates) {

        DemoSpace {
            updates = updates == null ? List.of() : updates;
            tasks = tasks == null ? List.of() : tasks;
            shifts = shifts == null ? List.of() : shifts;
            breaks = breaks == null ? List.of() : breaks;
            respiteOffers = respiteOffers == null ? List.of() : respiteOffers;
        }
    }

    record DemoMember(String email, FamilyRole role, String relationship) {
    }

    /**
     * A family update, posted in the seed's order: the last is the newest when the clock moves between posts; under
     * a fixed clock they share one instant and read in no promised order. A pinned one is pinned by the owner.
     */
    record DemoUpdate(String by, String text, boolean pinned) {
    }

    /**
     * A care task of the seed. {@code ownTask}: the person adding it will do it herself (what a supporter
     * may add), otherwise it is an open task, which only the owner or an organizer may add; {@code forMother}:
     * it is done for the mother, who is not asked to take it on. No
     * {@code dayOffset} means "no particular day". Optional fields are boxed because Jackson refuses a
     * missing primitive; the constructor fills in their defaults.
     */
    record DemoTask(String title, TaskCategory category, @Nullable String notes, String addedBy,
            Boolean ownTask, Boolean forMother, @Nullable Integer dayOffset, @Nullable LocalTime start,
            @Nullable LocalTime end, int effortMinutes, @Nullable DemoRepeat repeat,
            List<DemoTakeOn> takenOn) {

        DemoTask {
            ownTask = Boolean.TRUE.equals(ownTask);
            forMother = Boolean.TRUE.equals(forMother);
            takenOn = takenOn == null ? List.of() : takenOn;
        }

        TaskForm toForm(LocalDate today) {
            var day = dayOffset == null ? null : today.plusDays(dayOffset);
            var form = TaskForm.once(title, category, notes == null ? "" : notes, day, effortMinutes)
                    .withTimes(start, end).withForMother(forMother);
            if (repeat == null) {
                return form;
            }
            var firstDay = Objects.requireNonNull(day, () -> title + ": a repeating task needs a dayOffset");
            return form.withRepeat(repeat.kind(), repeat.weekdays(), 2,
                    firstDay.plusWeeks(repeat.weeks()).minusDays(1));
        }
    }

    /** A repeating task that runs for {@code weeks} weeks from its first day. */
    record DemoRepeat(Repeat kind, @Nullable Set<DayOfWeek> weekdays, int weeks) {
    }

    /**
     * Someone takes the task on, and perhaps has done it. For a repeating task {@code occurrence} says which
     * day: 0 the first on or after today, 1 the next, -1 the last before today.
     */
    record DemoTakeOn(String by, Integer occurrence, Boolean done, @Nullable String doneNote) {

        DemoTakeOn {
            occurrence = occurrence == null ? 0 : occurrence;
            done = Boolean.TRUE.equals(done);
        }
    }

    /** The day a seed entry names: {@code dayOffset} days from today, or the first {@code nextWeekday} after it. */
    static LocalDate dayOf(LocalDate today, @Nullable Integer dayOffset, @Nullable DayOfWeek nextWeekday) {
        if (dayOffset != null) {
            return today.plusDays(dayOffset);
        }
        return today.with(TemporalAdjusters.next(Objects.requireNonNull(nextWeekday,
                "a shift, break or offer of the demo seed needs a dayOffset or a nextWeekday")));
    }

    /** The mother's nightly sleep window, and the nights helpers take from {@code dayOffset} 0 (tonight) on. */
    record DemoSleepWindow(String setBy, LocalTime start, LocalTime end, List<DemoNight> nightsTakenOn) {

        DemoSleepWindow {
            nightsTakenOn = nightsTakenOn == null ? List.of() : nightsTakenOn;
        }
    }

    /** Someone takes the protected night starting {@code dayOffset} days from today, perhaps with a handoff. */
    record DemoNight(int dayOffset, String by, @Nullable DemoHandoff handoff) {
    }

    /**
     * A shift an owner or organizer adds, on {@code dayOffset} or the next {@code nextWeekday}; an end at or
     * before the start is the next morning. With {@code repeat}, the first day starts a series.
     */
    record DemoShift(ShiftKind kind, @Nullable String notes, String addedBy, @Nullable Integer dayOffset,
            @Nullable DayOfWeek nextWeekday, LocalTime start, LocalTime end, Integer capacity,
            @Nullable DemoRepeat repeat, List<DemoShiftTakeOn> takenOn) {

        DemoShift {
            capacity = capacity == null ? 1 : capacity;
            takenOn = takenOn == null ? List.of() : takenOn;
        }

        LocalDate day(LocalDate today) {
            return dayOf(today, dayOffset, nextWeekday);
        }
    }

    /** Someone signs up: for a repeating shift {@code occurrence} 0 is the first that hasn't begun, 1 the next. */
    record DemoShiftTakeOn(String by, Integer occurrence, @Nullable DemoHandoff handoff) {

        DemoShiftTakeOn {
            occurrence = occurrence == null ? 0 : occurrence;
        }
    }

    /** The mother asks for a break; {@code takenBy} signs up for it. */
    record DemoBreak(String askedBy, @Nullable Integer dayOffset, @Nullable DayOfWeek nextWeekday, LocalTime start,
            LocalTime end, RestActivity activity, @Nullable String note, @Nullable String takenBy) {

        LocalDate day(LocalDate today) {
            return dayOf(today, dayOffset, nextWeekday);
        }
    }

    /** A supporter offers a break unasked; the offer stays open for the mother to answer. */
    record DemoOffer(String offeredBy, @Nullable Integer dayOffset, @Nullable DayOfWeek nextWeekday, LocalTime start,
            LocalTime end, @Nullable String note) {

        LocalDate day(LocalDate today) {
            return dayOf(today, dayOffset, nextWeekday);
        }
    }

    /** What a helper leaves for the next person and the mother; every part optional. */
    record DemoHandoff(@Nullable LocalTime lastFeedAt, @Nullable String lastFeed, @Nullable String nappies,
            @Nullable String sleep, @Nullable String watchFor, @Nullable String openTasks) {

        HandoffForm toForm() {
            return new HandoffForm(lastFeedAt, orEmpty(lastFeed), orEmpty(nappies), orEmpty(sleep), orEmpty(watchFor),
                    orEmpty(openTasks));
        }
    }
}
