package app.village.shift;

import app.village.base.RepeatForm;
import org.jspecify.annotations.Nullable;

/**
 * What the shift editor opens with: this day's shift as a form and, for a repeating shift, the series as
 * it was last written (from its first day, or six months back) with its rule.
 */
public record ShiftEditing(ShiftForm form, @Nullable ShiftForm seriesForm, @Nullable RepeatForm repeat) {

    public boolean repeats() {
        return seriesForm != null && repeat != null;
    }
}
