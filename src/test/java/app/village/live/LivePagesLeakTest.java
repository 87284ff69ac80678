package app.village.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.LivePages;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.FamilyRole;
import app.village.family.ui.FamilyNavigation;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.shift.ui.ShiftNavigation;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.update.UpdateForm;
import app.village.update.UpdateService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.ComponentTracker;
import java.lang.ref.WeakReference;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages follow their space only while they are open: a member opens and leaves 1,000 pages of a lived-in space,
 * in 50 browser tabs one after the other, and afterwards no follower, no page and no UI is left behind, and the
 * heap is where it was.
 */
class LivePagesLeakTest extends KaribuUiTest {

    private static final int TABS = 50;
    private static final int PAGES_PER_TAB = 20;
    private static final long MOST_HEAP_GROWTH = 32L * 1024 * 1024;

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired LivePages livePages;
    @Autowired CareTaskWriteService tasks;
    @Autowired ShiftService shifts;
    @Autowired UpdateService updates;

    /**
     * A page of the space and how many parts follow while it is open: the page's own live parts plus the bell in the
     * header (so a page left behind in the same tab, still following, would be counted too).
     */
    private record SpacePage(String path, int liveParts) {
    }

    /**
     * Followers of other tests' tabs in this shared application context: a test that opens a second tab in Karibu
     * leaves its first one open for good. Counted once, before this test opens anything.
     */
    private int followersOfOtherTests;

    @Test
    void aThousandPagesOpenedAndLeftLeaveNoFollowerPageOrUiBehind() {
        followersOfOtherTests = livePages.followerCount();
        var pages = aLivedInSpace();
        var mother = family.mother();
        // Warm up once, so that what the first page loads for good (classes, caches) is not counted as growth.
        openAndLeaveATab(pages, mother, 0, new ArrayList<>());
        var heapBefore = heapUsedAfterGc();

        List<WeakReference<Object>> left = new ArrayList<>();
        for (var tab = 0; tab < TABS; tab++) {
            openAndLeaveATab(pages, mother, tab * PAGES_PER_TAB, left);
        }

        assertThat(livePages.followerCount()).as("followers after the last page was left").isEqualTo(followersOfOtherTests);
        assertThat(left).hasSize(TABS * PAGES_PER_TAB + TABS);
        var stillHeld = stillReachableAfterGc(left);
        assertThat(stillHeld).as("pages and UIs still reachable after the garbage collector ran").isZero();
        var heapAfter = heapUsedAfterGc();
        System.out.printf("Heap used after GC: %,d bytes before, %,d bytes after %d pages in %d tabs%n",
                heapBefore, heapAfter, TABS * PAGES_PER_TAB, TABS);
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(MOST_HEAP_GROWTH);
    }

    /** Home, Today, the task list, a task, the shift week, a shift, rest, members and updates, with something in each. */
    private List<SpacePage> aLivedInSpace() {
        var space = family.space();
        var grandmother = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        family.person("Daniel", FamilyRole.ORGANIZER);
        var today = family.clock().instant().atZone(family.zone()).toLocalDate();
        family.as(family.mother());
        var task = tasks.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today, 60));
        tasks.create(space, TaskForm.once("Walk the dog", TaskCategory.HOUSEHOLD, "", today.plusDays(1), 30));
        var night = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, today, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        shifts.create(space, ShiftForm.of(ShiftKind.VISIT, today.plusDays(2), LocalTime.of(15, 0), LocalTime.of(16, 0)));
        updates.post(space, new UpdateForm("We're home, all well. No visits this week please."));
        family.as(grandmother);
        tasks.claim(space, task);
        shifts.signUp(space, night);
        return List.of(
                // The home: its circle, Today's lines, her rest, the updates, and the bell.
                new SpacePage(FamilyNavigation.homePath(space), 5),
                new SpacePage(CareTaskNavigation.todayPath(space), 3),
                new SpacePage(CareTaskNavigation.tasksPath(space), 2),
                new SpacePage(CareTaskNavigation.taskPath(space, task), 2),
                new SpacePage(ShiftNavigation.shiftsPath(space), 2),
                new SpacePage(ShiftNavigation.shiftPath(space, night), 2),
                new SpacePage(ShiftNavigation.restPath(space), 4),
                new SpacePage(FamilyNavigation.membersPath(space), 2),
                // The updates page's own path helper is not public; its route is the home's plus "/updates".
                new SpacePage(FamilyNavigation.homePath(space) + "/updates", 2));
    }

    /** A fresh tab: opens {@link #PAGES_PER_TAB} pages of the space one after the other, then closes. */
    private void openAndLeaveATab(List<SpacePage> pages, app.village.security.VillageUser who, int first,
            List<WeakReference<Object>> left) {
        startAs(who);
        var ui = UI.getCurrent();
        left.add(new WeakReference<>(ui));
        for (var i = 0; i < PAGES_PER_TAB; i++) {
            var page = pages.get((first + i) % pages.size());
            ui.navigate(page.path());
            var view = ui.getCurrentView();
            assertThat(ui.getActiveViewLocation().getPath()).as("opened " + page.path()).isEqualTo(page.path());
            assertThat(livePages.followerCount() - followersOfOtherTests).as("parts following " + page.path())
                    .isEqualTo(page.liveParts());
            left.add(new WeakReference<>(view));
        }
        // The last page is left by closing the tab: the UI goes with its session, as when she closes it.
        MockVaadin.tearDown();
        assertThat(livePages.followerCount()).as("followers once the tab is closed").isEqualTo(followersOfOtherTests);
    }

    private static long stillReachableAfterGc(List<WeakReference<Object>> references) {
        for (var attempt = 0; attempt < 20; attempt++) {
            System.gc();
            var reachable = references.stream().filter(reference -> reference.get() != null).count();
            if (reachable == 0) {
                return 0;
            }
            sleep(50);
        }
        return references.stream().filter(reference -> reference.get() != null).count();
    }

    private static long heapUsedAfterGc() {
        var runtime = Runtime.getRuntime();
        var least = Long.MAX_VALUE;
        for (var attempt = 0; attempt < 5; attempt++) {
            System.gc();
            forgetCollectedComponents();
            System.gc();
            sleep(50);
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
    }

    /**
     * In development mode (as in tests) Vaadin notes where each component was made and attached, in weak maps that
     * drop a collected component's note only when they are next used. Using them once drops the notes of the pages
     * gone, which would otherwise count as growth. In production mode Vaadin keeps no such notes.
     */
    private static void forgetCollectedComponents() {
        var probe = new Div();
        ComponentTracker.trackCreate(probe);
        ComponentTracker.trackAttach(probe);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
