package app.village.family;

import java.util.UUID;

/** A fresh invitation link. The token inside exists only here and in the link: it is never stored. */
public record IssuedInvitation(UUID invitationId, String link) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + invitationId + "]";
    }
}
