package app.village.account;

import app.village.base.PublicLinks;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an address that someone typed it where only a new address belongs: signing up with it, or
 * moving another account to it. The page they typed it on answers as for any address, so this mail is the only
 * trace, and at most one goes to an address per hour (whichever page it came from), so a stranger can't flood
 * her mailbox by trying again and again.
 */
@Component
class AddressOwnerNotices {

    private static final Logger log = LoggerFactory.getLogger("app.village.security.audit");
    static final Duration ONE_PER = Duration.ofHours(1);

    /** What was tried with her address: each has its own words. */
    enum Attempt {
        SIGN_UP("sign-up-with-your-address"),
        EMAIL_CHANGE("email-change-to-your-address");

        final String template;

        Attempt(String template) {
            this.template = template;
        }
    }

    private final MailOutbox outbox;
    private final PerAddressLimit limit;
    private final String publicUrl;

    AddressOwnerNotices(MailOutbox outbox, Clock clock, @Value("${village.mail.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.limit = new PerAddressLimit(1, ONE_PER, clock);
        this.publicUrl = publicUrl;
    }

    /** Records the notice in the caller's transaction, unless this address had one within the hour. */
    void tell(Account owner, Attempt attempt) {
        if (!limit.tryOne(owner.getEmail())) {
            log.info("{} with the address of account {}: its owner was told within the hour", attempt, owner.getId());
            return;
        }
        outbox.record(Letter.of(MailKind.ACCOUNT_NOTICE, attempt.template, owner.getEmail(), owner.getId())
                .with("name", owner.getDisplayName())
                .with("forgotPassword", PublicLinks.under(publicUrl, "forgot-password")));
        log.info("{} with the address of account {}: its owner is told by mail", attempt, owner.getId());
    }
}
