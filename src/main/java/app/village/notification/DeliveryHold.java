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

    /** Why this hold keeps mail back: the words of the summary that carries it afterwards. */
    Reason reason();

    /**
     * Why mail was held, in the summary's words. When several held one person's mail, the first in this order
     * speaks for them: resting before quiet hours. Stored by name with each held message.
     */
    enum Reason {
        RESTING("While you were resting", "your sleep window ended", "you were resting"),
        QUIET_HOURS("While your quiet hours were on", "your quiet hours ended", "your quiet hours were on");

        private final String heading;
        private final String ended;
        private final String because;

        Reason(String heading, String ended, String because) {
            this.heading = heading;
            this.ended = ended;
            this.because = because;
        }

        /** The summary's subject and first words, such as "While you were resting". */
        public String heading() {
            return heading;
        }

        /** When the held mail could go, such as "your sleep window ended". */
        public String ended() {
            return ended;
        }

        /** The end of the footer's "Village kept these back while …". */
        public String because() {
            return because;
        }

        /** Of two reasons, the one the summary speaks of. */
        Reason before(Reason other) {
            return compareTo(other) <= 0 ? this : other;
        }
    }
}
