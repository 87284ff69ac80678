package app.village.family;

import org.springframework.security.access.AccessDeniedException;

/** A member tried something her role does not allow. */
public class NotAllowedException extends AccessDeniedException {

    NotAllowedException(FamilyPermission permission) {
        super("Your role in this family space does not allow that (" + permission + ").");
    }
}
