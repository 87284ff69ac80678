package app.village.family;

import java.util.UUID;

/**
 * Someone is no longer in a space's circle ({@link Why why}); published with the change, handled after it commits
 * (docs/decisions/membership-events-after-commit.md). Not published when the whole space is deleted.
 */
public record MemberLeft(UUID spaceId, UUID accountId, Why why) {

    /** How her membership ended. */
    public enum Why {
        /** She left the space herself. */
        LEFT,
        /** An owner took her out of the circle. */
        REMOVED,
        /**
         * She deleted her Village account. Published inside the deletion's transaction, before her account row
         * goes: what must not outlive the account is released there, synchronously.
         */
        ACCOUNT_DELETED
    }
}
