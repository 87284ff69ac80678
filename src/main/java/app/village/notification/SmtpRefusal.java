package app.village.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;

/**
 * Tells a permanent refusal of the recipient (the server answered 5xx to {@code RCPT TO}, such as "550 no such
 * user") from a fault worth retrying: a server that is down, slow, drops the connection or says "try later" (4xx).
 * Jakarta Mail lists an address refused with 5xx as invalid, and one refused with 4xx as valid but unsent.
 */
final class SmtpRefusal {

    /** How a refusal's recorded reason begins, before the server's own words (addresses taken out). */
    static final String ADDRESS_REFUSED = "The receiving server refused the address, not retried: ";

    private SmtpRefusal() {
    }

    static boolean addressRefusedForGood(Exception e) {
        var seen = new HashSet<Throwable>();
        var waiting = new ArrayDeque<Throwable>(List.of(e));
        while (!waiting.isEmpty()) {
            var next = waiting.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SendFailedException failed && hasAny(failed.getInvalidAddresses())
                    && !hasAny(failed.getValidUnsentAddresses())) {
                return true;
            }
            if (next instanceof MailSendException send) {
                waiting.addAll(List.of(send.getMessageExceptions()));
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                waiting.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                waiting.add(next.getCause());
            }
        }
        return false;
    }

    private static boolean hasAny(Object @Nullable [] addresses) {
        return addresses != null && addresses.length > 0;
    }
}
