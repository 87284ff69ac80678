package app.village.shift;

import app.village.account.AccountName;
import app.village.account.AccountService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The names the shift pages show for people, read in one go, and how a viewer reads herself among them. */
@Component
class PeopleNames {

    static final String FORMER_MEMBER = "A former member";

    private final AccountService accounts;

    PeopleNames(AccountService accounts) {
        this.accounts = accounts;
    }

    Names of(Collection<UUID> ids) {
        return new Names(ids.isEmpty() ? Map.of() : accounts.namesOf(Set.copyOf(ids)));
    }

    /**
     * A place on a shift that had started when its helper deleted her account stays counted (she was there)
     * while her sign-up went with the account: it reads "A former member", as her handoff notes do.
     */
    static List<String> withFormerMembers(List<String> helpers, int taken) {
        if (helpers.size() >= taken) {
            return helpers;
        }
        var all = new ArrayList<>(helpers);
        while (all.size() < taken) {
            all.add(FORMER_MEMBER);
        }
        return all;
    }

    record Names(Map<UUID, AccountName> byId) {

        /** How the viewer reads herself among a shift's helpers. */
        private static final String YOU = "you";

        String of(UUID id) {
            var name = byId.get(id);
            return name == null ? "Someone" : name.displayName();
        }

        /** An author whose account is gone (her notes stay) reads "A former member". */
        String ofAuthor(@Nullable UUID id) {
            return id == null ? FORMER_MEMBER : of(id);
        }

        /**
         * A helper as the viewer reads her: "you" for herself in every list of helpers ("Covered by you, Ana"),
         * her name to everyone else. The one place this is decided, so no page shows Daniel his own full name.
         */
        String helper(UUID id, UUID viewer) {
            return id.equals(viewer) ? YOU : of(id);
        }
    }
}
