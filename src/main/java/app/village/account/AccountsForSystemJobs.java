package app.village.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and addresses of accounts for system jobs that run with nobody signed in (the daily digest). System-side:
 * no signed-in user and no check of its own; only scheduled jobs use it, and they decide who is written to and
 * what she is shown. Views and member actions use {@link AccountService#namesOf} instead.
 */
@Component
public class AccountsForSystemJobs {

    private final AccountRepository accounts;

    AccountsForSystemJobs(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The accounts that still exist among {@code ids}, in one statement; a deleted one is simply missing. */
    @Transactional(readOnly = true)
    public Map<UUID, AccountName> namesOf(Collection<UUID> ids) {
        var names = new HashMap<UUID, AccountName>();
        if (!ids.isEmpty()) {
            accounts.findAllById(ids).forEach(account -> names.put(account.getId(),
                    new AccountName(account.getId(), account.getDisplayName(), account.getEmail())));
        }
        return names;
    }
}
