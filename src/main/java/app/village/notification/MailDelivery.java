package app.village.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due messages through SMTP. Each instance is one worker: it claims a batch (committed),
 * sends outside any transaction, then records the outcome, so several workers on one database never send the
 * same message. Without {@code spring.mail.host} there is no {@link JavaMailSender} and mail is off.
 * <p>Nothing here logs or stores an address or a message's content. Decision: docs/decisions/mail-delivery-queue.md.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH_SIZE = 10;
    private static final Pattern ANYTHING_WITH_AN_AT = Pattern.compile("\\S*@\\S*");
    private static final int REASON_MAX = 300;

    private final DeliveryQueue queue;
    private final Composer composer;
    private final @Nullable JavaMailSender sender;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Clock clock;
    private final UUID worker = UUID.randomUUID();
    private final AtomicBoolean saidMailIsOff = new AtomicBoolean();

    @Autowired
    MailDelivery(DeliveryQueue queue, Composer composer, ObjectProvider<JavaMailSender> sender, MailSettings settings,
            Clock clock) {
        this(queue, composer, sender.getIfAvailable(), settings, clock);
    }

    MailDelivery(DeliveryQueue queue, Composer composer, @Nullable JavaMailSender sender, MailSettings settings,
            Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.sender = sender;
        this.clock = clock;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("village.mail.from is not a mail address: " + e.getMessage(), e);
        }
        var address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    }

    /** Sends everything due now, batch by batch; the schedule calls it, and tests call it directly. */
    @Scheduled(cron = "${village.mail.delivery-cron}")
    public void deliverDue() {
        if (sender == null) {
            if (saidMailIsOff.compareAndSet(false, true)) {
                log.info("Mail delivery is off (spring.mail.host is not set): messages wait in the outbox.");
            }
            return;
        }
        var batch = queue.claimDue(worker, BATCH_SIZE);
        while (!batch.isEmpty()) {
            batch.forEach(email -> deliver(email, sender));
            batch = queue.claimDue(worker, BATCH_SIZE);
        }
    }

    private void deliver(OutgoingEmail email, JavaMailSender sender) {
        Optional<RenderedMail> rendered;
        try {
            rendered = composer.compose(email);
        } catch (RuntimeException e) {
            failedUnexpectedly(email, e);
            return;
        }
        if (rendered.isEmpty()) {
            queue.withdrawn(email, worker);
            return;
        }
        try {
            sender.send(toMessage(email, rendered.get(), sender));
        } catch (MailException | MessagingException e) {
            if (SmtpRefusal.addressRefusedForGood(e)) {
                var reason = fitted(SmtpRefusal.ADDRESS_REFUSED + reasonWithoutAddresses(e));
                log.warn("Mail {} not sent: the receiving server refused the address, giving up: {}", email.getId(),
                        reason);
                queue.refused(email, worker, reason);
                return;
            }
            var reason = reasonWithoutAddresses(e);
            log.warn("Mail {} not sent at attempt {}{}: {}", email.getId(), email.getAttempts() + 1,
                    queue.givesUpAfter(email) ? ", giving up" : ", will retry", reason);
            queue.failed(email, worker, reason);
            return;
        } catch (RuntimeException e) {
            failedUnexpectedly(email, e);
            return;
        }
        queue.sent(email, worker);
    }

    /**
     * One message that can't be written or sent for a reason of its own (a template renamed since it was recorded,
     * a minter's database error) must not stop the rest of the batch: it counts as a failed attempt, so it gives up
     * after the retries, and a held summary's every message with it. Only the exception's class is kept and logged:
     * its message may hold an address.
     */
    private void failedUnexpectedly(OutgoingEmail email, RuntimeException e) {
        var reason = fitted(e.getClass().getName());
        log.warn("Mail {} failed unexpectedly at attempt {}{}: {}", email.getId(), email.getAttempts() + 1,
                queue.givesUpAfter(email) ? ", giving up" : ", will retry", reason);
        queue.failed(email, worker, reason);
    }

    private MimeMessage toMessage(OutgoingEmail email, RenderedMail rendered, JavaMailSender sender)
            throws MessagingException {
        var session = sender instanceof JavaMailSenderImpl impl
                ? impl.getSession()
                : Session.getInstance(new Properties());
        var message = new MessageWithStableId(session, messageIdFor(email.getId()));
        var multipart = !rendered.html().isEmpty();
        var helper = new MimeMessageHelper(message, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.getToAddress());
        helper.setSubject(rendered.subject());
        if (multipart) {
            helper.setText(rendered.text(), rendered.html());
        } else {
            helper.setText(rendered.text(), false);
        }
        helper.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /** The same for every attempt, so a receiver can tell a resent message from a new one. */
    String messageIdFor(UUID outgoingEmailId) {
        return "<" + outgoingEmailId + "@" + messageIdDomain + ">";
    }

    /** The innermost cause, with anything that could be an address taken out: a reason is kept and logged. */
    static String reasonWithoutAddresses(Exception e) {
        // A failed send carries the server's answer in its per-message exceptions, not as its cause.
        Throwable root = e instanceof MailSendException send && send.getCause() == null
                && send.getMessageExceptions().length > 0 ? send.getMessageExceptions()[0] : e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = ANYTHING_WITH_AN_AT.matcher(text).replaceAll("[address]").replaceAll("\\s+", " ").strip();
        return fitted(text);
    }

    /** A reason fits its column ({@code last_failure}, 300 characters). */
    private static String fitted(String reason) {
        return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
    }

    /** JavaMail replaces the Message-ID with a random one on sending unless told otherwise. */
    private static final class MessageWithStableId extends MimeMessage {
        private final String messageId;

        MessageWithStableId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
