package app.village.bell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.bell.BellService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell in the header and the Notifications page: the count and its label, marking read one by one and all at
 * once, opening an entry, and the count rising on an open page when another member takes on her task.
 */
class BellViewTest extends KaribuUiTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService tasks;
    @Autowired BellService bell;
    @Autowired FamilyService families;

    VillageUser maya;
    VillageUser rose;
    LocalDate today;

    @BeforeEach
    void theRiveras() {
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        today = LocalDate.ofInstant(family.clock().instant(), family.zone());
    }

    TaskId mayaAsksFor(String title) {
        as(maya);
        return tasks.create(family.space(), TaskForm.once(title, TaskCategory.MEALS, "", today.plusDays(10), 60));
    }

    /** Rose takes the task on; then Maya is signed in again, as the page's person. */
    void roseTakesOn(TaskId task) {
        as(rose);
        tasks.claim(family.space(), task);
        as(maya);
    }

    /** Before the page opens: waits until Maya's bell holds {@code count} unread (the listener runs after commit). */
    void mayaHasUnread(long count) {
        as(maya);
        eventually(() -> bell.unreadCount() == count, "her bell to hold " + count + " unread");
    }

    /**
     * Lets queued refreshes run, when a page is open (the test thread holds the session lock), until {@code shown}
     * holds, at most 2 s.
     */
    static void eventually(BooleanSupplier shown, String what) {
        var deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            if (UI.getCurrent() != null) {
                MockVaadin.clientRoundtrip(false);
            }
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 2 seconds for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    static BellLink header() {
        return _get(BellLink.class);
    }

    static String label() {
        return header().getElement().getAttribute("aria-label");
    }

    static List<ListItem> entries() {
        return _find(_get(NotificationsView.class).list, ListItem.class);
    }

    @Test
    void theHeaderSaysHowManyAreUnreadAndLinksToTheNotifications() {
        roseTakesOn(mayaAsksFor("Bring dinner"));
        roseTakesOn(mayaAsksFor("Fold the laundry"));
        mayaHasUnread(2);

        startAs(maya);

        assertThat(label()).isEqualTo("Notifications, 2 unread");
        assertThat(header().badge.isVisible()).isTrue();
        assertThat(header().badge.getText()).isEqualTo("2");
        assertThat(header().getHref()).isEqualTo("notifications");
    }

    @Test
    void withNothingUnreadTheBellHasNoBadge() {
        startAs(maya);

        assertThat(label()).isEqualTo("Notifications");
        assertThat(header().badge.isVisible()).isFalse();
    }

    @Test
    void markingOneAndThenAllAsReadLowersTheCount() {
        roseTakesOn(mayaAsksFor("Bring dinner"));
        roseTakesOn(mayaAsksFor("Fold the laundry"));
        mayaHasUnread(2);
        startAs(maya);
        UI.getCurrent().navigate("notifications");

        assertThat(entries()).hasSize(2).allSatisfy(entry -> assertThat(entry.getElement().getTextRecursively())
                        .startsWith("New").contains("Rose took on a task you asked for.")
                        .contains("The Rivera family"));
        _click(_get(entries().getFirst(), Button.class, spec -> spec.withText("Mark as read")));

        assertThat(entries().getFirst().getElement().getTextRecursively()).doesNotContain("New");
        assertThat(_find(entries().getFirst(), Button.class)).isEmpty();
        eventually(() -> label().equals("Notifications, 1 unread"), "the header to say 1 unread");

        _click(_get(NotificationsView.class).markAll);

        assertThat(entries()).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getElement().getTextRecursively()).doesNotContain("New"));
        assertThat(_get(NotificationsView.class).markAll.isEnabled()).isFalse();
        eventually(() -> label().equals("Notifications"), "the header to say nothing is unread");
        assertThat(bell.unreadCount()).isZero();
    }

    @Test
    void openingAnEntryMarksItReadAndGoesToTheThingItself() {
        var dinner = mayaAsksFor("Bring dinner");
        roseTakesOn(dinner);
        mayaHasUnread(1);
        startAs(maya);
        UI.getCurrent().navigate("notifications");

        var link = _get(entries().getFirst(), Anchor.class);
        assertThat(link.getHref()).isEqualTo("family/" + family.space() + "/tasks/" + dinner);
        ElementUtilsKt._fireDomEvent(link.getElement(),
                new DomEvent(link.getElement(), "click", JacksonUtils.createObjectNode()));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("family/" + family.space() + "/tasks/" + dinner);
        assertThat(bell.unreadCount()).isZero();
    }

    @Test
    void theCountRisesOnHerOpenPageWhenAnotherMemberTakesOnHerTask() {
        var dinner = mayaAsksFor("Bring dinner");
        startAs(maya);
        UI.getCurrent().navigate("family/" + family.space());
        assertThat(label()).isEqualTo("Notifications");

        roseTakesOn(dinner);

        eventually(() -> label().equals("Notifications, 1 unread"), "the open page's bell to say 1 unread");
        assertThat(header().badge.getText()).isEqualTo("1");
    }

    @Test
    void eachMarkAsReadButtonSaysWhichEntryItMarks() {
        var leo = family.person("Leo", FamilyRole.ORGANIZER);
        roseTakesOn(mayaAsksFor("Bring dinner"));
        var laundry = mayaAsksFor("Fold the laundry");
        as(leo);
        tasks.claim(family.space(), laundry);
        mayaHasUnread(2);
        startAs(maya);
        UI.getCurrent().navigate("notifications");

        assertThat(_find(_get(NotificationsView.class).list, Button.class,
                spec -> spec.withText("Mark as read")))
                .extracting(button -> button.getElement().getAttribute("aria-label"))
                .containsExactlyInAnyOrder("Mark as read: Rose took on a task you asked for.",
                        "Mark as read: Leo took on a task you asked for.");
    }

    @Test
    void whenSheIsRemovedTheCountOnHerOpenPageLeavesThatFamilysEntries() {
        as(maya);
        var roseInCircle = families.members(family.space()).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        families.changeRole(family.space(), roseInCircle.membershipId(), FamilyRole.ORGANIZER);
        as(rose);
        eventually(() -> bell.unreadCount() == 1, "her bell to hold her new role");
        startAs(rose);
        UI.getCurrent().navigate("notifications");
        assertThat(label()).isEqualTo("Notifications, 1 unread");

        as(maya);
        families.removeMember(family.space(), roseInCircle.membershipId());
        as(rose);

        eventually(() -> label().equals("Notifications"), "her open page's bell to say nothing is unread");
        assertThat(entries()).isEmpty();
    }
}
