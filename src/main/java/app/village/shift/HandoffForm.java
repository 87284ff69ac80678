package app.village.shift;

import app.village.base.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A handoff: last feed (time, and side or amount), nappies, sleep, anything to watch, and open tasks. */
public record HandoffForm(
        @Nullable LocalTime lastFeedAt,

        @Size(max = 200, message = "Please keep this to 200 characters or fewer.")
        @PlainText(PlainText.Kind.LINE)
        String lastFeed,

        @Size(max = 200, message = "Please keep this to 200 characters or fewer.")
        @PlainText(PlainText.Kind.LINE)
        String nappies,

        @Size(max = 500, message = "Please keep this to 500 characters or fewer.")
        @PlainText
        String sleep,

        @Size(max = 2000, message = "Please keep this to 2,000 characters or fewer.")
        @PlainText
        String watchFor,

        @Size(max = 2000, message = "Please keep this to 2,000 characters or fewer.")
        @PlainText
        String openTasks) {

    @AssertTrue(message = "Please fill in at least one part of the handoff.")
    boolean isSaysSomething() {
        return lastFeedAt != null || !blank(lastFeed) || !blank(nappies) || !blank(sleep) || !blank(watchFor)
                || !blank(openTasks);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
