package app.village.calendar;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed calendar apps subscribe to, at {@code /calendar/<token>.ics}. The token is the only key: no
 * session, no login. An unknown or replaced token gets a plain 404 with no body. The token is never logged.
 * <p>Decision: docs/decisions/calendar-feed-address.md.
 */
@RestController
class CalendarFeedController {

    static final String PATH_PREFIX = "calendar/";
    static final String SUFFIX = ".ics";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedController.class);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/" + PATH_PREFIX + "{token}" + SUFFIX)
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feedFor(token).map(calendar -> {
            log.debug("Calendar feed served");
            return ResponseEntity.ok()
                    .contentType(TEXT_CALENDAR)
                    // Her schedule is hers: no shared cache (a proxy, say) may keep a copy.
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(calendar);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
