package app.village.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Refusal for something that is gone or no longer shared with the signed-in person, such as a family
 * space she was removed from. The UI answers by taking her back to her start page.
 */
public class NoLongerAvailableException extends AccessDeniedException {

    public NoLongerAvailableException(String message) {
        super(message);
    }
}
