package app.village.shift;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One shift with what its page needs: the handoffs written on it, and the latest handoff before it began,
 * which the helper reads first when her shift starts.
 */
public record ShiftDetails(ShiftSummary shift, List<Handoff> handoffs, @Nullable Handoff previous,
        boolean maySignUp, boolean mayWriteHandoff) {
}
