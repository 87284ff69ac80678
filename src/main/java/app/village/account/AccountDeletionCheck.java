package app.village.account;

import java.util.Optional;
import java.util.UUID;

/**
 * What another feature has to say when a person deletes her account (docs/decisions/account-deletion-check.md).
 * {@link AccountService#deleteMyAccount} runs every bean of this type inside the deletion's transaction, with her
 * account row locked: first it asks each one for a {@link #refusal}; only when none refuses does it call each
 * {@link #beforeDeletion} and then delete the row, whose foreign keys delete or forget what still points to her.
 */
public interface AccountDeletionCheck {

    /** Why her account can't be deleted now, in words shown to her; empty when nothing here stands in the way. Changes nothing. */
    Optional<String> refusal(UUID accountId);

    /** Ends what this feature keeps for her that must end with the account, before its row goes; rolls back with it. */
    default void beforeDeletion(UUID accountId) {
    }
}
