package app.village.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Holds a person's mail during the quiet hours she set in the Notifications section. */
@Component
class QuietHours implements DeliveryHold {

    private final MailPreferencesService preferences;

    QuietHours(MailPreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    public Reason reason() {
        return Reason.QUIET_HOURS;
    }

    @Override
    public Optional<Instant> heldUntil(UUID accountId, Instant now) {
        var mine = preferences.of(accountId);
        if (mine.quietFrom() == null || mine.quietUntil() == null || mine.quietZone() == null) {
            return Optional.empty();
        }
        return new DailyWindow(mine.quietFrom(), mine.quietUntil(), mine.quietZone()).endIfInside(now);
    }
}
