package app.village.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A reason to hold a recipient's mail for now, such as the mother's sleep window (kept by the shift feature) or
 * her quiet hours. Delivery asks every hold before sending a message whose kind {@link MailKind#holdsForSleep()}.
 */
public interface DeliveryHold {

    /** When mail may go to this account again, if it must wait now. */
    Optional<Instant> heldUntil(UUID accountId, Instant now);
}
