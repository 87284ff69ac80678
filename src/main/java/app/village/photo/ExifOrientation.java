package app.village.photo;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A phone stores a photo as its sensor saw it and says in EXIF which way is up. Re-encoding drops EXIF, so the
 * turn is applied to the pixels first. Only the one orientation tag of a JPEG's first EXIF segment is read, from
 * bytes already in memory; anything unexpected counts as upright. PNG and WebP are taken as they are.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /** The EXIF orientation (1 to 8) of a JPEG, or {@link #NORMAL} when it says none or can't be read. */
    static int ofJpeg(byte[] jpeg) {
        try {
            var bytes = ByteBuffer.wrap(jpeg).order(ByteOrder.BIG_ENDIAN);
            if (bytes.getShort() != (short) 0xFFD8) {
                return NORMAL;
            }
            while (bytes.remaining() >= 4) {
                int marker = bytes.getShort() & 0xFFFF;
                int length = bytes.getShort() & 0xFFFF;
                // Start of scan (or a marker that isn't one): the headers are over.
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || length < 2) {
                    return NORMAL;
                }
                int segmentEnd = bytes.position() + length - 2;
                if (marker == 0xFFE1 && length > 8 && isExifHeader(bytes)) {
                    return orientationIn(bytes.slice(bytes.position() + 6, segmentEnd - bytes.position() - 6));
                }
                bytes.position(segmentEnd);
            }
        } catch (RuntimeException unreadable) {
            // A broken EXIF segment: the pixels decoded, so the photo is kept upright as stored.
        }
        return NORMAL;
    }

    private static boolean isExifHeader(ByteBuffer bytes) {
        int at = bytes.position();
        return bytes.get(at) == 'E' && bytes.get(at + 1) == 'x' && bytes.get(at + 2) == 'i' && bytes.get(at + 3) == 'f'
                && bytes.get(at + 4) == 0 && bytes.get(at + 5) == 0;
    }

    /** The orientation entry of the first image directory of a TIFF structure. */
    private static int orientationIn(ByteBuffer tiff) {
        var order = tiff.getShort(0);
        tiff.order(order == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG && (tiff.getShort(entry + 2) & 0xFFFF) == SHORT) {
                int orientation = tiff.getShort(entry + 8) & 0xFFFF;
                return orientation >= 1 && orientation <= 8 ? orientation : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image as it should be seen, turned and mirrored as {@code orientation} says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // Each maps a stored pixel (x, y) to where it is seen; (m00, m10, m01, m11, m02, m12).
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        var seen = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        var graphics = seen.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return seen;
    }
}
