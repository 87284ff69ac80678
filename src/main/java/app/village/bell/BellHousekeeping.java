package app.village.bell;

import app.village.base.ui.LivePages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell's system jobs, with nobody signed in: entries are kept {@link #KEPT} and then deleted, and when held
 * entries begin to show (her sleep window ended), her open pages are told so the header count catches up.
 */
@Component
class BellHousekeeping {

    static final Duration KEPT = Duration.ofDays(60);

    private static final Logger log = LoggerFactory.getLogger(BellHousekeeping.class);

    private final BellEntryRepository entries;
    private final LivePages pages;
    private final Clock clock;
    private @Nullable Instant lookedUntil;

    BellHousekeeping(BellEntryRepository entries, LivePages pages, Clock clock) {
        this.entries = entries;
        this.pages = pages;
        this.clock = clock;
    }

    /** Deletes entries older than {@link #KEPT}; daily, and from tests. */
    @Scheduled(cron = "${village.bell.purge-cron}")
    @Transactional
    public void deleteOld() {
        var deleted = entries.deleteCreatedBefore(clock.instant().minus(KEPT));
        if (deleted > 0) {
            log.info("Bell entries older than {} days deleted: {}", KEPT.toDays(), deleted);
        }
    }

    /** Every minute: whose held entries began to show since the last look; their open headers read again. */
    @Scheduled(cron = "${village.bell.showing-cron}")
    @Transactional(readOnly = true)
    public void announceHeldEntriesNowShowing() {
        var now = clock.instant();
        var after = lookedUntil == null ? now.minus(Duration.ofMinutes(1)) : lookedUntil;
        entries.recipientsShowingBetween(after, now).forEach(pages::personChanged);
        lookedUntil = now;
    }
}
