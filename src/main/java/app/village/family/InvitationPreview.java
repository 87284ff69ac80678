package app.village.family;

import org.jspecify.annotations.Nullable;

/** What the invitee sees before she accepts: who invited her to which family, as what. */
public record InvitationPreview(String spaceName, String invitedByName, String inviteeName,
        @Nullable String relationship, FamilyRole role, @Nullable String email, @Nullable String message) {
}
