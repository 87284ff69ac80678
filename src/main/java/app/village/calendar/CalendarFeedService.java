package app.village.calendar;

import app.village.base.PublicLinks;
import app.village.base.SecretTokens;
import app.village.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in person's own calendar address. Only the hash of its token is stored, so the address is shown
 * once, when it is made; to see it again she gets a new one, and the old one stops working.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CalendarFeedService {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedService.class);

    private final CalendarFeedRepository feeds;
    private final CalendarSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CalendarFeedService(CalendarFeedRepository feeds, CalendarSettings settings, CurrentUser currentUser,
            Clock clock, TransactionTemplate transactions) {
        this.feeds = feeds;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Whether she has a working calendar address. */
    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return feeds.existsById(currentUser.requireAccountId());
    }

    /**
     * A new secret calendar address (the https address to paste into a calendar app). Any address she had
     * before stops working.
     */
    public String newFeedAddress() {
        var accountId = currentUser.requireAccountId();
        var token = SecretTokens.newToken();
        var hash = SecretTokens.hash(token);
        try {
            storeToken(accountId, hash);
        } catch (DataIntegrityViolationException madeByHerOtherSession) {
            // Her other tab or device made her first address at the same moment: this one replaces it, as a
            // second press of the button would.
            storeToken(accountId, hash);
        }
        log.info("Account {} got a new calendar address", accountId);
        return addressOf(token);
    }

    private void storeToken(UUID accountId, String hash) {
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            feeds.findById(accountId).ifPresentOrElse(feed -> feed.replaceToken(hash, now),
                    () -> feeds.save(new CalendarFeed(accountId, hash, now)));
        });
    }

    /** Turns her calendar address off: calendar apps that subscribed to it get nothing more. */
    @Transactional
    public void stopFeed() {
        var accountId = currentUser.requireAccountId();
        feeds.findById(accountId).ifPresent(feeds::delete);
        log.info("Account {} turned off the calendar address", accountId);
    }

    private String addressOf(String token) {
        return PublicLinks.under(settings.publicUrl(),
                CalendarFeedController.PATH_PREFIX + token + CalendarFeedController.SUFFIX);
    }
}
