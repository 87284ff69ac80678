package app.village.account;

import app.village.base.SystemSide;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where mail for an account goes and how she is named, for system jobs that run with nobody signed in (reminders,
 * the daily digest). System side ({@link SystemSide}): no signed-in user and no family-space check; callers decide
 * whom to write to. An address goes only into mail to its own owner; a name is also shown to the other members of
 * her families (the digest's "On tonight's night shift: Ben"), as the family pages show it. Change notices run in a
 * member's request and use {@link AccountService#namesOf} instead.
 */
@SystemSide
@Component
public class MailRecipients {

    /** An account's address and name; the address is personal data, never for a log line. */
    public record Recipient(UUID accountId, String email, String displayName) {
    }

    private final AccountRepository accounts;

    MailRecipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Each existing account's address and name; a deleted account is simply missing. */
    @Transactional(readOnly = true)
    public Map<UUID, Recipient> of(Collection<UUID> accountIds) {
        var found = new HashMap<UUID, Recipient>();
        accounts.findAllById(accountIds).forEach(account -> found.put(account.getId(),
                new Recipient(account.getId(), account.getEmail(), account.getDisplayName())));
        return found;
    }
}
