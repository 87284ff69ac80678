package app.village.account;

import app.village.notification.MailOutbox;
import app.village.notification.MailPreferencesService;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * When she deletes her account, the mail still waiting for her is withdrawn (never sent to an address that no
 * longer has an account) and her mail preferences go. Account calls notification, never the other way round.
 */
@Component
class MailOfADeletedAccount implements AccountDeletionCheck {

    private final MailOutbox mailOutbox;
    private final MailPreferencesService mailPreferences;

    MailOfADeletedAccount(MailOutbox mailOutbox, MailPreferencesService mailPreferences) {
        this.mailOutbox = mailOutbox;
        this.mailPreferences = mailPreferences;
    }

    @Override
    public Optional<String> refusal(UUID accountId) {
        return Optional.empty();
    }

    @Override
    public void beforeDeletion(UUID accountId) {
        mailOutbox.withdrawAllFor(accountId);
        mailPreferences.forget(accountId);
    }
}
