package app.village.update;

import app.village.photo.PhotoId;
import java.time.Instant;
import java.util.List;

/**
 * An update as one member reads it. {@code mayChange}: she may edit and delete it (an owner, or she posted it and
 * her role still lets her post); she may always delete her own ({@link #mayDelete}). {@code heartedBy}: the names
 * of who hearted it, first heart first, {@link #YOU} for her own. {@code photos}: its photos, in the order she added
 * them (at most {@link UpdateForm#MOST_PHOTOS}).
 */
public record UpdateSummary(UpdateId id, String posterName, boolean mine, String text, Instant postedAt,
        boolean edited, boolean pinned, boolean heartedByMe, List<String> heartedBy, boolean mayChange, List<PhotoId> photos) {

    /** Her own heart among {@link #heartedBy}. */
    public static final String YOU = "you";

    /** Her own, even when her role no longer lets her post, or any she may change. */
    public boolean mayDelete() {
        return mine || mayChange;
    }
}
