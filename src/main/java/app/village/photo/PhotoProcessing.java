package app.village.photo;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an upload into a photo Village keeps: read at most {@link #MAX_UPLOAD_BYTES}, recognised by decoding
 * (never by its name or declared type), its size read from the header and refused before any pixel is decoded
 * when it is larger than a phone's photo, then re-encoded from its pixels as JPEG. Re-encoding writes no
 * metadata, so EXIF (GPS location, camera, time) is gone; the EXIF orientation of a JPEG is applied first so the
 * photo stays upright. Decision: docs/decisions/photos-safely.md.
 */
final class PhotoProcessing {

    static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 40_000_000L;
    static final int PHOTO_LONG_SIDE = 2_048;
    static final int THUMBNAIL_LONG_SIDE = 480;
    /** Decoded at most this long side (every n-th pixel), so a 40-megapixel photo never sits whole in memory. */
    static final int DECODE_LONG_SIDE = 2 * PHOTO_LONG_SIDE;

    private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png", "webp");
    private static final float JPEG_QUALITY = 0.85f;
    private static final int READ_CHUNK = 64 * 1024;

    /** The photo and its thumbnail as JPEG, and the photo's size in pixels. */
    record Processed(byte[] photo, byte[] thumbnail, int width, int height) {
    }

    static {
        // Finds the WebP reader on the application's class path, also inside the packaged jar.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private PhotoProcessing() {
    }

    /** The photo to keep, or a {@link PhotoProblem} that names {@code declaredName} (the file she chose). */
    static Processed process(InputStream upload, String declaredName) {
        var bytes = readAtMost(upload, MAX_UPLOAD_BYTES, declaredName);
        var decoded = decode(bytes, declaredName);
        // Turned after scaling, on the smaller image: the long side is the same either way.
        var photo = ExifOrientation.upright(scaled(decoded.image(), PHOTO_LONG_SIDE), decoded.orientation());
        var thumbnail = scaled(photo, THUMBNAIL_LONG_SIDE);
        return new Processed(jpeg(photo), jpeg(thumbnail), photo.getWidth(), photo.getHeight());
    }

    /** Counts while reading and stops one byte past the limit: a 40 MB upload is refused after 15 MB. */
    static byte[] readAtMost(InputStream upload, int limit, String declaredName) {
        var read = new ByteArrayOutputStream();
        var chunk = new byte[READ_CHUNK];
        try {
            int n;
            while ((n = upload.readNBytes(chunk, 0, Math.min(chunk.length, limit + 1 - read.size()))) > 0) {
                read.write(chunk, 0, n);
                if (read.size() > limit) {
                    throw new PhotoProblem(named(declaredName) + " is larger than 15 MB. Choose a smaller photo, "
                            + "or share it from your phone's gallery, which makes it smaller.");
                }
            }
        } catch (IOException broken) {
            throw new PhotoProblem(named(declaredName) + " did not arrive whole. Please try again.");
        }
        return read.toByteArray();
    }

    private record Decoded(BufferedImage image, int orientation) {
    }

    private static Decoded decode(byte[] bytes, String declaredName) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var reader = photoReader(input).orElseThrow(() -> notAPhoto(declaredName));
            try {
                reader.setInput(input, true, true);
                // Only the header so far: a tiny file may promise billions of pixels (a "PNG bomb").
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new PhotoProblem(named(declaredName) + " has more pixels than Village takes (at most "
                            + "40 megapixels and 12,000 pixels a side). Choose a smaller photo.");
                }
                var param = reader.getDefaultReadParam();
                int step = (Math.max(width, height) + DECODE_LONG_SIDE - 1) / DECODE_LONG_SIDE;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                var image = reader.read(0, param);
                boolean jpeg = "jpeg".equals(reader.getFormatName().toLowerCase(Locale.ROOT));
                return new Decoded(image, jpeg ? ExifOrientation.ofJpeg(bytes) : ExifOrientation.NORMAL);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PhotoProblem problem) {
                throw problem;
            }
            throw notAPhoto(declaredName);
        }
    }

    private static Optional<ImageReader> photoReader(ImageInputStream input) {
        var readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            var reader = readers.next();
            try {
                if (ACCEPTED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return Optional.of(reader);
                }
            } catch (IOException unknown) {
                // Not one we take: try the next reader.
            }
            reader.dispose();
        }
        return Optional.empty();
    }

    private static PhotoProblem notAPhoto(String declaredName) {
        return new PhotoProblem(named(declaredName) + " is not a photo Village can read. "
                + "Choose a JPEG, PNG or WebP photo.");
    }

    /** The file's name as she chose it, shortened, for the message: the name decides nothing. */
    private static String named(String declaredName) {
        var name = declaredName.strip();
        if (name.isEmpty()) {
            return "This file";
        }
        return "\u201C" + (name.length() > 60 ? name.substring(0, 60) + "\u2026" : name) + "\u201D";
    }

    /**
     * At most {@code longSide} on the long side, on white (a PNG may be transparent; JPEG has no alpha), halving
     * first so a big reduction stays smooth.
     */
    static BufferedImage scaled(BufferedImage source, int longSide) {
        double factor = Math.min(1.0, (double) longSide / Math.max(source.getWidth(), source.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * factor));
        var current = source;
        while (current.getWidth() >= targetWidth * 2 && current.getHeight() >= targetHeight * 2) {
            current = drawn(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return drawn(current, targetWidth, targetHeight);
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height) {
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, new AffineTransform((double) width / source.getWidth(), 0, 0,
                    (double) height / source.getHeight(), 0, 0), null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** JPEG from pixels alone: no metadata is passed, so the file carries none (only the JFIF header). */
    static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException impossible) {
            throw new IllegalStateException("Writing a JPEG in memory failed", impossible);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
