package app.village.notification;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's {@link MailPreferences}; the defaults until she changes them. */
@Service
public class MailPreferencesService {

    /** Her preferences, for features that decide whether to write to her (reminders, the digest). */
    @Transactional(readOnly = true)
    public MailPreferences of(UUID accountId) {
        return MailPreferences.defaults();
    }
}
