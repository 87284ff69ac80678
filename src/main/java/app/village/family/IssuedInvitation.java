package app.village.family;

import java.util.UUID;

/**
 * A fresh invitation link. The token inside exists only here and in the link: it is never stored.
 *
 * @param mailed whether a mail with a link of its own was recorded for the invitee too
 */
public record IssuedInvitation(UUID invitationId, String link, boolean mailed) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + invitationId + "]";
    }
}
