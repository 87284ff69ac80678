package app.village.base.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.RequestMemo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps open pages of a family space up to date: a page {@linkplain #follow follows} the topics it shows while it is
 * attached, and when someone else changes one of them, its refresh runs in its UI and server push sends the result.
 * Changes reach this class from {@code live.LiveRelay} (after their transaction committed) and from the bell.
 * <p>Several changes close together (a series edit touches many days) give one refresh: each page waits
 * {@link #GATHER} before it reads again. A change is not sent back to the browser tab she made it in (that page has
 * shown it already); her other tabs and devices get it like anyone's. A push is a server message only, so it neither counts as her activity nor
 * keeps an idle session alive (docs/decisions/live-pages.md).
 */
@org.springframework.stereotype.Component
public class LivePages {

    /** How long a page gathers changes before it reads again: well inside the second the family expects. */
    static final Duration GATHER = Duration.ofMillis(150);

    private static final int REFRESH_THREADS = 4;

    private static final Logger log = LoggerFactory.getLogger(LivePages.class);

    private final RequestMemo memo;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    /** A few threads, so one family's slow refresh doesn't hold back the others' pages. */
    private final ScheduledExecutorService gathering = Executors.newScheduledThreadPool(REFRESH_THREADS, runnable -> {
        var thread = new Thread(runnable, "live-pages");
        thread.setDaemon(true);
        return thread;
    });

    LivePages(RequestMemo memo) {
        this.memo = memo;
    }

    /**
     * While {@code page} is attached, runs {@code refresh} in its UI whenever a member other than {@code me} changes
     * one of {@code topics} in the space. The refresh should read again and redraw only the parts that show these
     * topics, leaving fields she is typing in alone. Following ends by itself when the page is detached.
     */
    public Registration follow(Component page, UUID spaceId, UUID me, Set<SpaceTopic> topics, Runnable refresh) {
        return followWhileAttached(page, new Interest(spaceId, null, topics), me, refresh);
    }

    /** While {@code part} is attached, runs {@code refresh} in its UI whenever something new concerns {@code me}. */
    public Registration followMine(Component part, UUID me, Runnable refresh) {
        return followWhileAttached(part, new Interest(null, me, Set.of()), me, refresh);
    }

    /**
     * Someone ({@code by}, null for Village itself) changed {@code topic} in the space: its open pages read again,
     * except hers in the browser tab she made it in (the one this thread is answering, if any).
     */
    public void spaceChanged(UUID spaceId, SpaceTopic topic, @Nullable UUID by) {
        var madeIn = UI.getCurrent();
        for (var follower : followers) {
            if (follower.interest.space(spaceId, topic) && !follower.madeItHere(madeIn, by)) {
                follower.refreshSoon();
            }
        }
    }

    /** Something new concerns this person (her bell): her open pages that show it read again. */
    public void personChanged(UUID accountId) {
        for (var follower : followers) {
            if (follower.interest.person(accountId)) {
                follower.refreshSoon();
            }
        }
    }

    /** How many attached page parts follow changes now: for the leak test and the benchmark. */
    public int followerCount() {
        return followers.size();
    }

    @PreDestroy
    void stop() {
        gathering.shutdownNow();
    }

    private Registration followWhileAttached(Component part, Interest interest, UUID me, Runnable refresh) {
        var follower = new Follower(interest, me, refresh);
        var onAttach = part.addAttachListener(event -> follower.start(event.getUI()));
        var onDetach = part.addDetachListener(event -> follower.stop());
        part.getUI().filter(ui -> part.isAttached()).ifPresent(follower::start);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            follower.stop();
        };
    }

    private record Interest(@Nullable UUID spaceId, @Nullable UUID accountId, Set<SpaceTopic> topics) {

        boolean space(UUID changedSpace, SpaceTopic topic) {
            return changedSpace.equals(spaceId) && (topics.contains(topic) || topic == SpaceTopic.MEMBERS);
        }

        boolean person(UUID changedFor) {
            return changedFor.equals(accountId);
        }
    }

    /** One attached page part; holds its UI only while attached, so a closed page leaves nothing here. */
    private final class Follower {

        private final Interest interest;
        private final UUID me;
        private final Runnable refresh;
        private final AtomicBoolean waiting = new AtomicBoolean();
        private volatile @Nullable UI ui;

        Follower(Interest interest, UUID me, Runnable refresh) {
            this.interest = interest;
            this.me = me;
            this.refresh = refresh;
        }

        /** Her own change, made in this very tab. */
        boolean madeItHere(@Nullable UI madeIn, @Nullable UUID by) {
            return madeIn != null && madeIn == ui && me.equals(by);
        }

        void start(UI attachedTo) {
            ui = attachedTo;
            followers.add(this);
        }

        void stop() {
            followers.remove(this);
            ui = null;
        }

        void refreshSoon() {
            if (!waiting.compareAndSet(false, true)) {
                return;
            }
            try {
                gathering.schedule(this::refreshNow, GATHER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException shuttingDown) {
                waiting.set(false);
            }
        }

        private void refreshNow() {
            waiting.set(false);
            var target = ui;
            if (target == null) {
                return;
            }
            try {
                target.access(() -> {
                    if (ui != null) {
                        runRefresh();
                    }
                });
            } catch (UIDetachedException closed) {
                stop();
            }
        }

        private void runRefresh() {
            // Vaadin may run this at the end of one of her own requests, whose memo holds what it read before the
            // change: the refresh must read afresh.
            memo.forget();
            try {
                refresh.run();
            } catch (NoLongerAvailableException gone) {
                // She was removed from the space (or it was deleted) while the page was open: as on a click.
                LostAccess.leavePage();
            } catch (RuntimeException problem) {
                // The page stays as it was; her next click reads afresh. No personal data: only the kind of failure.
                log.warn("A live page could not refresh: {}", problem.getClass().getSimpleName());
            }
        }
    }
}
