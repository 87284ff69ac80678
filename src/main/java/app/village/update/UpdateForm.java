package app.village.update;

import app.village.base.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What she writes in an update. The text is trimmed first, so the limits count what others will read.
 * Photos (up to {@link #MOST_PHOTOS}) will join this record as a list of photo ids (docs/decisions/family-updates.md).
 */
public record UpdateForm(
        @NotBlank(message = "Please write a few words first.")
        @Size(max = UpdateForm.MOST_CHARACTERS, message = "Please keep an update to 1,000 characters.")
        @PlainText String text) {

    public static final int MOST_CHARACTERS = 1000;
    public static final int MOST_PHOTOS = 4;

    public UpdateForm(@Nullable String text) {
        this.text = text == null ? "" : text.strip();
    }
}
