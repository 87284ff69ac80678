package app.village.update;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What she writes in an update. The text is trimmed first, so the limits count what others will read. Unlike other
 * texts of Village ({@code base.PlainText}), {@code <} and {@code >} are welcome ("We're home <3"): an update is
 * only ever shown as a text node, never in mail or a calendar feed, so HTML or script in it shows as the characters
 * she typed. Control characters (other than line breaks and tabs) are still refused. Its photos (up to
 * {@link #MOST_PHOTOS}) travel beside it ({@link UpdateService#post(app.village.family.SpaceId, UpdateForm,
 * java.util.List)}). Decision: docs/decisions/family-updates.md.
 */
public record UpdateForm(
        @NotBlank(message = "Please write a few words first.")
        @Size(max = UpdateForm.MOST_CHARACTERS, message = "Please keep an update to 1,000 characters.")
        @Pattern(regexp = UpdateForm.SHOWABLE, message = UpdateForm.UNSHOWABLE_MESSAGE) String text) {

    public static final int MOST_CHARACTERS = 1000;
    public static final int MOST_PHOTOS = 4;
    /** Any text but control characters; line breaks and tabs are what she typed. */
    static final String SHOWABLE = "[\\n\\t\\P{Cc}]*";
    static final String UNSHOWABLE_MESSAGE = "This holds characters that can't be shown (perhaps from a paste). "
            + "Please type it again.";

    public UpdateForm(@Nullable String text) {
        this.text = text == null ? "" : text.strip();
    }
}
