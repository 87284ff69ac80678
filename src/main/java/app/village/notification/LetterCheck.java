package app.village.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What must still be true when a letter goes out, asked at sending time: the reminder's shift still stands and
 * hasn't started, the night is still open, the recipient is still in the family. Mail can wait (a retry, her sleep
 * window, quiet hours, a restart), and a letter that is no longer true is withdrawn rather than sent. The feature
 * that knows the answer implements it as a bean; it runs with nobody signed in.
 */
public interface LetterCheck {

    /** The purpose letters name in {@link Letter#checkedBy}. */
    String purpose();

    /** Whether the letter about this subject should still go to this recipient now. */
    boolean stillTrue(UUID subjectId, @Nullable UUID recipientAccountId, Instant now);
}
