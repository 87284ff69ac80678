package app.village.photo;

/**
 * A photo already checked and re-encoded ({@link PhotoService#process}) but not stored: held in memory (a JPEG of
 * at most 2,048 px and its thumbnail, no metadata) while she writes what it goes with, then kept in that write's
 * transaction ({@link PhotoService#keep}), or dropped with nothing to clean up.
 */
public final class ProcessedPhoto {

    private final PhotoProcessing.Processed processed;

    ProcessedPhoto(PhotoProcessing.Processed processed) {
        this.processed = processed;
    }

    PhotoProcessing.Processed processed() {
        return processed;
    }

    /** The 480 px thumbnail as JPEG, for a preview before it is kept. */
    public byte[] thumbnail() {
        return processed.thumbnail().clone();
    }
}
