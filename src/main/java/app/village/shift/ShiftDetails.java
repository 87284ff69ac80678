package app.village.shift;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One shift with what its page needs: the handoffs written on it, the latest handoff before it began (which
 * the helper reads first when her shift starts), and, for a repeating shift, its rule in words
 * ("Every Mon, Wed").
 */
public record ShiftDetails(ShiftSummary shift, List<Handoff> handoffs, @Nullable Handoff previous,
        boolean maySignUp, boolean mayWriteHandoff, @Nullable String repeats) {
}
