package app.village.calendar;

import app.village.base.SecretTokens;
import app.village.caretask.TaskCalendar;
import app.village.family.SpaceMemberships;
import app.village.shift.ShiftCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a calendar app asking for a feed by its token. Nobody is signed in: the token alone says whose
 * feed it is. Only the spaces she belongs to at this moment count, so a space she left drops out of her feed.
 */
@Component
class CalendarFeeds {

    /** Past events stay this long, so last week's shifts don't vanish from her calendar at once. */
    static final Duration HISTORY = Duration.ofDays(30);

    private final CalendarFeedRepository feeds;
    private final SpaceMemberships memberships;
    private final ShiftCalendar shifts;
    private final TaskCalendar tasks;
    private final ICalendarWriter writer;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, SpaceMemberships memberships, ShiftCalendar shifts,
            TaskCalendar tasks, ICalendarWriter writer, Clock clock) {
        this.feeds = feeds;
        this.memberships = memberships;
        this.shifts = shifts;
        this.tasks = tasks;
        this.writer = writer;
        this.clock = clock;
    }

    /** The iCalendar text of the feed with this token; empty for a token that is unknown or was replaced. */
    @Transactional(readOnly = true)
    Optional<String> feedFor(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(SecretTokens.hash(token)).map(feed -> {
            var now = clock.instant();
            var from = now.minus(HISTORY);
            var zones = memberships.zonesOfSpacesOf(feed.getAccountId());
            // A day early in UTC covers every zone's date of that moment; the writer needs no finer cut.
            var firstDay = from.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
            return writer.write(shifts.signedUpShifts(feed.getAccountId(), zones.keySet(), from),
                    tasks.claimedTasks(feed.getAccountId(), zones.keySet(), firstDay), zones, now);
        });
    }
}
