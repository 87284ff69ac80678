package app.village.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.base.RequestMemo;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import app.village.update.UpdateForm;
import app.village.update.UpdateService;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What a page costs the database: the SQL statements one navigation runs, for every page of a space, as the demo
 * family's mother and as a helper, counted by Hibernate's statistics (a count, not a timing). Each page stays at
 * {@value #MOST_STATEMENTS_PER_VIEW} or fewer, and the count stays the same when the family's history grows.
 * Its own application context (statistics on) has its own database, so the demo people can register here.
 */
@TestPropertySource(properties = {
        "spring.jpa.properties.hibernate.generate_statistics=true",
        // The statistics would also log a summary per session at INFO.
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
class ViewStatementsTest extends KaribuUiTest {

    static final int MOST_STATEMENTS_PER_VIEW = 10;

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired RestService restService;
    @Autowired HandoffService handoffService;
    @Autowired UpdateService updates;
    @Autowired MutableClock clock;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired RequestMemo memo;

    @Test
    void everyPageOfASpaceRunsAtMostTenStatementsAndNoMoreAsHistoryGrows() {
        var family = DemoSeed.read();
        var demo = new DemoData(accounts, families, invitations, taskWrites, taskReads, shifts,
                breakService, restService, handoffService, updates, clock);
        var people = demo.register(family);
        var space = demo.loadSpace(family.space(), people);
        var mother = people.get(family.space().owner());
        var helper = people.get(family.space().members().stream()
                .filter(member -> member.role() == FamilyRole.SUPPORTER).findFirst().orElseThrow().email());

        var before = Map.of("mother", statementsPerPage(mother, space), "helper", statementsPerPage(helper, space));
        System.out.println("Statements per page, demo family: " + before);
        growHistory(space, mother, family.space().timeZone());
        var after = Map.of("mother", statementsPerPage(mother, space), "helper", statementsPerPage(helper, space));

        System.out.println("Statements per page, after more history: " + after);
        // A new space: she has asked her circle for nothing yet, so her home also asks whether she put up a task.
        SignedIn.as(mother.accountId(), mother.displayName());
        var newSpace = families.createSpace(app.village.family.SpaceForm.named("A new space", family.space().timeZone()));
        taskWrites.create(newSpace, TaskForm.once("Fold the laundry", TaskCategory.ERRANDS, "",
                clock.instant().atZone(ZoneId.of(family.space().timeZone())).toLocalDate(), 20));
        var newSpacePages = statementsPerPage(mother, newSpace);
        System.out.println("Statements per page, the mother in a new space: " + newSpacePages);
        assertThat(newSpacePages).allSatisfy((page, statements) -> assertThat(statements)
                .as("mother opening %s of a new space", page).isLessThanOrEqualTo(MOST_STATEMENTS_PER_VIEW));
        after.forEach((who, pages) -> assertThat(pages).allSatisfy((page, statements) ->
                assertThat(statements).as("%s opening %s", who, page).isLessThanOrEqualTo(MOST_STATEMENTS_PER_VIEW)));
        assertThat(after).isEqualTo(before);
    }

    /** Statements of one navigation to each page, from the start page, in a UI of her own. */
    private Map<String, Long> statementsPerPage(VillageUser who, SpaceId space) {
        SignedIn.as(who.accountId(), who.displayName());
        var aTask = taskReads.tasks(space).stream().findFirst();
        var today = clock.instant().atZone(families.space(space).zone()).toLocalDate();
        var aShift = shifts.week(space, today, false).stream().findFirst();
        var pages = new LinkedHashMap<String, String>();
        var base = "family/" + space;
        pages.put("family home", base);
        pages.put("Today", base + "/today");
        pages.put("Today (bottom bar)", "today");
        pages.put("task list", base + "/tasks");
        pages.put("task list (bottom bar)", "tasks");
        aTask.ifPresent(task -> pages.put("a task", base + "/tasks/" + task.id()));
        pages.put("shifts week", base + "/shifts");
        aShift.ifPresent(shift -> pages.put("a shift", base + "/shifts/" + shift.id()));
        pages.put("rest", base + "/rest");
        pages.put("members", base + "/members");
        pages.put("settings", base + "/settings");
        pages.put("activity", base + "/activity");
        pages.put("updates", base + "/updates");
        pages.put("guide index", "guide");
        pages.put("guide page", "guide/getting-help");
        // Not a page of the space, but one she opens: her account with its Notifications section (issue 13).
        pages.put("account", "account");
        var counts = new LinkedHashMap<String, Long>();
        pages.forEach((page, path) -> {
            // Time passes between two clicks, so recording her visit to a space is a change to write, as it is live.
            clock.advance(Duration.ofMinutes(1));
            startAs(who);
            var statistics = statistics();
            var startedAt = statistics.getPrepareStatementCount();
            // As each request of the running app does (base.ui.OneReadPerRequest): one request, one memo.
            memo.begin();
            try {
                UI.getCurrent().navigate(path);
            } finally {
                memo.end();
            }
            counts.put(page, statistics.getPrepareStatementCount() - startedAt);
            closeUiAndSignOutForNextPage(who);
        });
        return counts;
    }

    private void closeUiAndSignOutForNextPage(VillageUser who) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        SignedIn.as(who.accountId(), who.displayName());
    }

    /** More of everything that piles up: members, tasks done and taken, shifts, updates and their hearts. */
    private void growHistory(SpaceId space, VillageUser mother, String zone) {
        var today = clock.instant().atZone(ZoneId.of(zone)).toLocalDate();
        for (int i = 0; i < 3; i++) {
            SignedIn.as(mother.accountId(), mother.displayName());
            var link = invitations.invite(space, new InvitationForm("Cousin " + i, "cousin", FamilyRole.SUPPORTER,
                    null, "")).link();
            var cousin = newAccount("Cousin " + i);
            SignedIn.as(cousin.accountId(), cousin.displayName());
            invitations.accept(link.substring(link.lastIndexOf('/') + 1), "test-" + UUID.randomUUID());
            var update = updates.post(space, new UpdateForm("Cousin " + i + " says hello"));
            SignedIn.as(mother.accountId(), mother.displayName());
            updates.toggleHeart(space, update);
            updates.pin(space, update);
            SignedIn.as(cousin.accountId(), cousin.displayName());
            for (int day = 0; day < 3; day++) {
                SignedIn.as(mother.accountId(), mother.displayName());
                var task = taskWrites.create(space, TaskForm.once("Laundry " + i + "-" + day, TaskCategory.ERRANDS, "",
                        today.plusDays(day), 30).withTimes(LocalTime.NOON, LocalTime.of(13, 0)));
                SignedIn.as(cousin.accountId(), cousin.displayName());
                taskWrites.claim(space, task);
                if (day == 0) {
                    taskWrites.markDone(space, task, "");
                }
            }
        }
    }

    private Statistics statistics() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        return statistics;
    }
}
