package app.village.photo;

/** Which of a photo's two images: the photo itself, or its thumbnail for lists. */
public enum PhotoSize {
    /** At most {@value PhotoProcessing#PHOTO_LONG_SIDE} px on the long side. */
    PHOTO,
    /** At most {@value PhotoProcessing#THUMBNAIL_LONG_SIDE} px on the long side. */
    THUMBNAIL
}
