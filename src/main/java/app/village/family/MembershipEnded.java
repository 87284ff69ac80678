package app.village.family;

import java.util.UUID;

/**
 * A person is no longer a member of a space: she left, an owner removed her, or she deleted her account.
 * Published inside the transaction that ends the membership, before it commits (and, for a deleted account,
 * before the account row goes), so features that react to it with a synchronous listener release what she
 * held in the same transaction: the membership ends and her places free up together, or neither happens.
 * Not published when the whole space is deleted: everything in it goes with it.
 */
public record MembershipEnded(UUID spaceId, UUID accountId, Reason reason) {

    public enum Reason {
        /** She left the space herself. */
        LEFT,
        /** An owner took her out of the circle. */
        REMOVED,
        /** She deleted her Village account. */
        ACCOUNT_DELETED
    }
}
