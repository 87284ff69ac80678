package app.village.demo;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.Countries;
import app.village.base.Repeat;
import app.village.base.RepeatForm;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskFilter;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskSummary;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.security.VillageUser;
import app.village.shift.HandoffForm;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.shift.SleepWindowForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo family from {@code seeds/demo/family.json} into an empty database, through the
 * features' own services and as the people themselves, so demo data obeys the same rules as real data.
 * Only in the default profile (no profile active), and only while {@code village.demo-data.enabled}: never in
 * production profiles or in tests unless asked.
 */
@Component
@Profile("default")
@ConditionalOnProperty(name = "village.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SEED = "/seeds/demo/family.json";

    private final AccountService accountService;
    private final FamilyService familyService;
    private final InvitationService invitationService;
    private final CareTaskWriteService taskWrites;
    private final CareTaskReadService taskReads;
    private final ShiftService shiftService;
    private final BreakService breakService;
    private final RestService restService;
    private final HandoffService handoffService;
    private final Clock clock;

    DemoData(AccountService accountService, FamilyService familyService, InvitationService invitationService,
            CareTaskWriteService taskWrites, CareTaskReadService taskReads, ShiftService shiftService,
            BreakService breakService, RestService restService, HandoffService handoffService, Clock clock) {
        this.accountService = accountService;
        this.familyService = familyService;
        this.invitationService = invitationService;
        this.taskWrites = taskWrites;
        this.taskReads = taskReads;
        this.shiftService = shiftService;
        this.breakService = breakService;
        this.restService = restService;
        this.handoffService = handoffService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountService.hasAnyAccount()) {
            log.info("Demo data not loaded: the database already has accounts");
            return;
        }
        var family = read();
        var people = register(family);
        try {
            loadSpace(family.space(), people);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo family loaded. Log in at /login with any of these emails and the password {}:", family.password());
        family.people().forEach(person -> log.info("  {}  ({}, {})", person.email(), person.displayName(), person.about()));
    }

    /** Opens an account for each person; returns them by email. */
    Map<String, VillageUser> register(DemoFamily family) {
        var people = new HashMap<String, VillageUser>();
        family.people().forEach(person -> people.put(person.email(), new VillageUser(
                accountService.register(new Registration(person.email(), person.displayName(), family.password())),
                person.displayName())));
        return people;
    }

    /**
     * Creates the space, lets the members join and fills in their care tasks, then the mother's sleep window
     * with the nights taken, the shifts, her breaks and the breaks offered to her; returns the space.
     */
    UUID loadSpace(DemoSpace demo, Map<String, VillageUser> people) {
        var owner = person(people, demo.owner());
        actAs(owner);
        var zone = ZoneId.of(demo.timeZone());
        var today = clock.instant().atZone(zone).toLocalDate();
        var born = today.minusDays(demo.babyBornDaysAgo());
        var spaceId = familyService.createSpace(new SpaceForm(demo.name(), demo.babyName(), born, true, demo.timeZone(),
                demo.dietNotes(), demo.dropOffNotes(), demo.quietHours(), demo.address(), false, Countries.DEFAULT));
        for (var member : demo.members()) {
            var person = person(people, member.email());
            actAs(owner);
            var link = invitationService.invite(spaceId,
                    new InvitationForm(person.displayName(), member.relationship(), member.role(), null, "")).link();
            actAs(person);
            invitationService.accept(link.substring(link.lastIndexOf('/') + 1), "demo-data");
        }
        for (var task : demo.tasks()) {
            loadTask(spaceId, today, task, people);
        }
        var sleepWindow = demo.sleepWindow();
        if (sleepWindow != null) {
            loadSleepWindow(spaceId, today, sleepWindow, people);
        }
        for (var shift : demo.shifts()) {
            loadShift(spaceId, today, shift, people);
        }
        for (var pause : demo.breaks()) {
            actAs(person(people, pause.askedBy()));
            var shiftId = breakService.askForBreak(spaceId, new RespiteRequest(pause.day(today), pause.start(),
                    pause.end(), pause.activity(), orEmpty(pause.note())));
            var takenBy = pause.takenBy();
            if (takenBy != null) {
                actAs(person(people, takenBy));
                shiftService.signUp(spaceId, shiftId);
            }
        }
        for (var offer : demo.respiteOffers()) {
            actAs(person(people, offer.offeredBy()));
            breakService.offerRespite(spaceId, new RespiteOfferForm(offer.day(today), offer.start(), offer.end(),
                    orEmpty(offer.note())));
        }
        return spaceId;
    }

    /**
     * The mother sets her sleep window, which keeps a night shift open for each coming night; then helpers
     * take the nights the seed names. The service stamps a handoff with the present moment and only lets
     * someone on a shift write one, and nobody can sign up for a shift that is over, so a seeded handoff
     * goes on a night that is taken now (tonight), not on a past one.
     */
    private void loadSleepWindow(UUID spaceId, LocalDate today, DemoSleepWindow demo, Map<String, VillageUser> people) {
        actAs(person(people, demo.setBy()));
        restService.setSleepWindow(spaceId, new SleepWindowForm(demo.start(), demo.end()));
        for (var step : demo.nightsTakenOn()) {
            var day = today.plusDays(step.dayOffset());
            var night = restService.sleepCover(spaceId).nights().stream()
                    .filter(n -> n.day().equals(day)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The sleep window keeps no night open on " + day));
            takeOn(spaceId, night.shiftId(), step.by(), step.handoff(), people);
        }
    }

    /** Adds one shift, or a repeating one, as the person who would add it, and lets helpers take their days. */
    private void loadShift(UUID spaceId, LocalDate today, DemoShift demo, Map<String, VillageUser> people) {
        actAs(person(people, demo.addedBy()));
        var day = demo.day(today);
        var form = new ShiftForm(demo.kind(), day, demo.start(), null, demo.end(), demo.capacity(),
                orEmpty(demo.notes()));
        var repeat = demo.repeat();
        var laidOut = repeat == null ? List.of(shiftService.create(spaceId, form))
                : shiftService.createRepeating(spaceId, form, new RepeatForm(repeat.kind(), repeat.weekdays(), 2,
                        day.plusWeeks(repeat.weeks()).minusDays(1)));
        // Occurrence 0 is the first that hasn't begun: a helper can't sign up for a shift that is over.
        var coming = new ArrayList<UUID>();
        for (var id : laidOut) {
            if (shiftService.shift(spaceId, id).shift().start().toInstant().isAfter(clock.instant())) {
                coming.add(id);
            }
        }
        for (var step : demo.takenOn()) {
            if (step.occurrence() < 0 || step.occurrence() >= coming.size()) {
                throw new IllegalStateException("The " + demo.kind().label() + " shift has no coming occurrence "
                        + step.occurrence() + " in the demo seed");
            }
            takeOn(spaceId, coming.get(step.occurrence()), step.by(), step.handoff(), people);
        }
    }

    /** She signs up for the shift and, where the seed says so, leaves a handoff on it. */
    private void takeOn(UUID spaceId, UUID shiftId, String by, @Nullable DemoHandoff handoff,
            Map<String, VillageUser> people) {
        actAs(person(people, by));
        shiftService.signUp(spaceId, shiftId);
        if (handoff != null) {
            handoffService.writeHandoff(spaceId, shiftId, handoff.toForm());
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /**
     * Adds one task as the person who would add it, then lets each helper take on her day and, where the seed
     * says so, mark it done. Days count from today so the demo always looks current. The service stamps
     * "done" with the present moment, so all done history lands on the day the demo loads: enough for
     * the fair-share picture, which counts the last 7 and 30 days.
     */
    private void loadTask(UUID spaceId, LocalDate today, DemoTask demo, Map<String, VillageUser> people) {
        actAs(person(people, demo.addedBy()));
        var form = demo.toForm(today);
        var firstId = demo.ownTask() ? taskWrites.addMyOwnTask(spaceId, form)
                : taskWrites.create(spaceId, form);
        var days = demo.repeat() == null ? List.<TaskSummary>of() : daysOf(spaceId, form);
        for (var step : demo.takenOn()) {
            var taskId = demo.repeat() == null ? firstId : occurrence(days, today, step.occurrence(), demo.title());
            actAs(person(people, step.by()));
            taskWrites.claim(spaceId, taskId);
            if (step.done()) {
                taskWrites.markDone(spaceId, taskId, step.doneNote());
            }
        }
    }

    /** The days of a repeating task just added, soonest first. */
    private List<TaskSummary> daysOf(UUID spaceId, TaskForm form) {
        var filter = new TaskFilter(form.category(), null, null, form.dueDate(), form.repeatUntil());
        return taskReads.page(spaceId, filter, 0, 500).stream()
                .filter(task -> task.repeating() && task.title().equals(form.title()))
                .toList();
    }

    /** Day {@code n} of a repeating task: 0 is the first on or after today, -1 the last before today. */
    private static UUID occurrence(List<TaskSummary> days, LocalDate today, int n, String title) {
        var firstComing = 0;
        while (firstComing < days.size() && Objects.requireNonNull(days.get(firstComing).dueDate()).isBefore(today)) {
            firstComing++;
        }
        var index = firstComing + n;
        if (index < 0 || index >= days.size()) {
            throw new IllegalStateException("\"" + title + "\" has no occurrence " + n + " in the demo seed");
        }
        return days.get(index).id();
    }

    private static VillageUser person(Map<String, VillageUser> people, String email) {
        return Objects.requireNonNull(people.get(email), () -> email + " is not one of the demo people");
    }

    /** The services act for the signed-in person; the demo loader signs each person in for her own steps. */
    private static void actAs(VillageUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    static DemoFamily read() {
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream(SEED), SEED + " is missing")) {
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
            List<DemoBreak> breaks, List<DemoOffer> respiteOffers) {

        DemoSpace {
            tasks = tasks == null ? List.of() : tasks;
            shifts = shifts == null ? List.of() : shifts;
            breaks = breaks == null ? List.of() : breaks;
            respiteOffers = respiteOffers == null ? List.of() : respiteOffers;
        }
    }

    record DemoMember(String email, FamilyRole role, String relationship) {
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
