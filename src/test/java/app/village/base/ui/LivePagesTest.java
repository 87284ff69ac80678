package app.village.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.RequestMemo;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follow rules of {@link LivePages}, on a mocked UI: which changes reach a page, that several close together
 * give one refresh, and that a detached page is forgotten.
 */
class LivePagesTest {

    private static final UUID SPACE = UUID.randomUUID();
    private static final UUID OTHER_SPACE = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();
    private static final UUID GRANDMOTHER = UUID.randomUUID();

    private final LivePages live = new LivePages(new RequestMemo());
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void openUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        live.stop();
    }

    @Test
    void aChangeByAnotherMemberToAFollowedTopicRefreshesThePageOnce() {
        var page = attachedPage();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);

        live.spaceChanged(SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        live.spaceChanged(SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        live.spaceChanged(SPACE, SpaceTopic.TASKS, null);

        assertThat(refreshesWithin(Duration.ofSeconds(2))).isEqualTo(1);
    }

    @Test
    void herOwnChangeInThisTabOtherTopicsAndOtherSpacesLeaveThePageAlone() {
        var page = attachedPage();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);

        live.spaceChanged(SPACE, SpaceTopic.TASKS, ME);
        live.spaceChanged(SPACE, SpaceTopic.SHIFTS, GRANDMOTHER);
        live.spaceChanged(OTHER_SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        live.personChanged(ME);

        assertThat(refreshesWithin(Duration.ofMillis(600))).isZero();
    }

    @Test
    void herOwnChangeMadeInAnotherTabOrDeviceReachesThisPage() throws InterruptedException {
        var page = attachedPage();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);

        // Another tab's request runs on another thread, where this UI is not the current one.
        var otherTab = new Thread(() -> live.spaceChanged(SPACE, SpaceTopic.TASKS, ME));
        otherTab.start();
        otherTab.join();

        assertThat(refreshesWithin(Duration.ofSeconds(2))).isEqualTo(1);
    }

    @Test
    void aChangeToTheCircleReachesEveryPageOfTheSpace() {
        var page = attachedPage();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.UPDATES), refreshes::incrementAndGet);

        live.spaceChanged(SPACE, SpaceTopic.MEMBERS, null);

        assertThat(refreshesWithin(Duration.ofSeconds(2))).isEqualTo(1);
    }

    @Test
    void herBellFollowsWhatConcernsHerAlone() {
        var bell = attachedPage();
        live.followMine(bell, ME, refreshes::incrementAndGet);

        live.personChanged(GRANDMOTHER);
        live.spaceChanged(SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        assertThat(refreshesWithin(Duration.ofMillis(600))).isZero();

        live.personChanged(ME);
        assertThat(refreshesWithin(Duration.ofSeconds(2))).isEqualTo(1);
    }

    @Test
    void aDetachedPageIsForgottenAndFollowsAgainWhenAttachedAgain() {
        var page = attachedPage();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);
        assertThat(live.followerCount()).isEqualTo(1);

        UI.getCurrent().remove(page);
        assertThat(live.followerCount()).isZero();
        live.spaceChanged(SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        assertThat(refreshesWithin(Duration.ofMillis(600))).isZero();

        UI.getCurrent().add(page);
        assertThat(live.followerCount()).isEqualTo(1);
        live.spaceChanged(SPACE, SpaceTopic.TASKS, GRANDMOTHER);
        assertThat(refreshesWithin(Duration.ofSeconds(2))).isEqualTo(1);
    }

    @Test
    void aPageFollowedBeforeItIsAttachedStartsFollowingOnAttach() {
        var page = new Div();
        live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);
        assertThat(live.followerCount()).isZero();

        UI.getCurrent().add(page);

        assertThat(live.followerCount()).isEqualTo(1);
    }

    @Test
    void removingTheRegistrationStopsFollowing() {
        var page = attachedPage();
        var following = live.follow(page, SPACE, ME, Set.of(SpaceTopic.TASKS), refreshes::incrementAndGet);

        following.remove();

        assertThat(live.followerCount()).isZero();
    }

    private static Div attachedPage() {
        var page = new Div();
        UI.getCurrent().add(page);
        return page;
    }

    /**
     * Runs what the gathering thread handed to the UI (the test thread holds the session lock, as a request would)
     * until {@code wait} has passed, and returns how many refreshes ran.
     */
    private int refreshesWithin(Duration wait) {
        var until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            MockVaadin.clientRoundtrip(false);
            sleep();
        }
        return refreshes.get();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
