package app.village.demo;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.Countries;
import app.village.base.RepeatForm;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskFilter;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.caretask.TaskSummary;
import app.village.demo.DemoSeed.DemoFamily;
import app.village.demo.DemoSeed.DemoHandoff;
import app.village.demo.DemoSeed.DemoShift;
import app.village.demo.DemoSeed.DemoSleepWindow;
import app.village.demo.DemoSeed.DemoSpace;
import app.village.demo.DemoSeed.DemoTask;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.shift.SleepWindowForm;
import app.village.update.UpdateForm;
import app.village.update.UpdateService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private final AccountService accountService;
    private final FamilyService familyService;
    private final InvitationService invitationService;
    private final CareTaskWriteService taskWrites;
    private final CareTaskReadService taskReads;
    private final ShiftService shiftService;
    private final BreakService breakService;
    private final RestService restService;
    private final HandoffService handoffService;
    private final UpdateService updateService;
    private final Clock clock;

    DemoData(AccountService accountService, FamilyService familyService, InvitationService invitationService,
            CareTaskWriteService taskWrites, CareTaskReadService taskReads, ShiftService shiftService,
            BreakService breakService, RestService restService, HandoffService handoffService,
            UpdateService updateService, Clock clock) {
        this.accountService = accountService;
        this.familyService = familyService;
        this.invitationService = invitationService;
        this.taskWrites = taskWrites;
        this.taskReads = taskReads;
        this.shiftService = shiftService;
        this.breakService = breakService;
        this.restService = restService;
        this.handoffService = handoffService;
        this.updateService = updateService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountService.hasAnyAccount()) {
            log.info("Demo data not loaded: the database already has accounts");
            return;
        }
        var family = DemoSeed.read();
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
     * with the nights taken, the shifts, her breaks, the breaks offered to her and the family's updates; returns
     * the space.
     */
    SpaceId loadSpace(DemoSpace demo, Map<String, VillageUser> people) {
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
                    pause.end(), pause.activity(), DemoSeed.orEmpty(pause.note())));
            var takenBy = pause.takenBy();
            if (takenBy != null) {
                actAs(person(people, takenBy));
                shiftService.signUp(spaceId, shiftId);
            }
        }
        for (var offer : demo.respiteOffers()) {
            actAs(person(people, offer.offeredBy()));
            breakService.offerRespite(spaceId, new RespiteOfferForm(offer.day(today), offer.start(), offer.end(),
                    DemoSeed.orEmpty(offer.note())));
        }
        for (var update : demo.updates()) {
            actAs(person(people, update.by()));
            var updateId = updateService.post(spaceId, new UpdateForm(update.text()));
            if (update.pinned()) {
                actAs(owner);
                updateService.pin(spaceId, updateId);
            }
        }
        return spaceId;
    }

    /**
     * The mother sets her sleep window, which keeps a night shift open for each coming night; then helpers
     * take the nights the seed names. The service stamps a handoff with the present moment and only lets
     * someone on a shift write one, and nobody can sign up for a shift that is over, so a seeded handoff
     * goes on a night that is taken now (tonight), not on a past one.
     */
    private void loadSleepWindow(SpaceId spaceId, LocalDate today, DemoSleepWindow demo, Map<String, VillageUser> people) {
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
    private void loadShift(SpaceId spaceId, LocalDate today, DemoShift demo, Map<String, VillageUser> people) {
        actAs(person(people, demo.addedBy()));
        var day = demo.day(today);
        var form = new ShiftForm(demo.kind(), day, demo.start(), null, demo.end(), demo.capacity(),
                DemoSeed.orEmpty(demo.notes()));
        var repeat = demo.repeat();
        var laidOut = repeat == null ? List.of(shiftService.create(spaceId, form))
                : shiftService.createRepeating(spaceId, form, new RepeatForm(repeat.kind(), repeat.weekdays(), 2,
                        day.plusWeeks(repeat.weeks()).minusDays(1)));
        // Occurrence 0 is the first that hasn't begun: a helper can't sign up for a shift that is over.
        var coming = new ArrayList<ShiftId>();
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
    private void takeOn(SpaceId spaceId, ShiftId shiftId, String by, @Nullable DemoHandoff handoff,
            Map<String, VillageUser> people) {
        actAs(person(people, by));
        shiftService.signUp(spaceId, shiftId);
        if (handoff != null) {
            handoffService.writeHandoff(spaceId, shiftId, handoff.toForm());
        }
    }


    /**
     * Adds one task as the person who would add it, then lets each helper take on her day and, where the seed
     * says so, mark it done. Days count from today so the demo always looks current. The service stamps
     * "done" with the present moment, so all done history lands on the day the demo loads: enough for
     * the fair-share picture, which counts the last 7 and 30 days.
     */
    private void loadTask(SpaceId spaceId, LocalDate today, DemoTask demo, Map<String, VillageUser> people) {
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
    private List<TaskSummary> daysOf(SpaceId spaceId, TaskForm form) {
        var filter = new TaskFilter(form.category(), null, null, form.dueDate(), form.repeatUntil());
        return taskReads.page(spaceId, filter, 0, 500).stream()
                .filter(task -> task.repeating() && task.title().equals(form.title()))
                .toList();
    }

    /** Day {@code n} of a repeating task: 0 is the first on or after today, -1 the last before today. */
    private static TaskId occurrence(List<TaskSummary> days, LocalDate today, int n, String title) {
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

}
