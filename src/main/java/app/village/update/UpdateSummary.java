package app.village.update;

import java.time.Instant;
import java.util.List;

/**
 * An update as one member reads it. {@code mayChange}: she posted it or she is an owner; {@code heartedBy}: the
 * names of who hearted it, first heart first, {@link #YOU} for her own.
 */
public record UpdateSummary(UpdateId id, String posterName, boolean mine, String text, Instant postedAt,
        boolean edited, boolean pinned, boolean heartedByMe, List<String> heartedBy, boolean mayChange) {

    /** Her own heart among {@link #heartedBy}. */
    public static final String YOU = "you";
}
