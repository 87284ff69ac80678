package app.village.photo;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an upload into a photo Village keeps: read at most {@link #MAX_UPLOAD_BYTES}, recognised by decoding
 * (never by its name or declared type), its size read from the header and refused before any pixel is decoded
 * when it is larger than a phone's photo, decoded into at most {@link #MAX_DECODED_BYTES} of pixels, then
 * re-encoded from its pixels as JPEG. Re-encoding writes no metadata, so EXIF (GPS location, camera, time) is
 * gone; the EXIF orientation of a JPEG is applied first so the photo stays upright. Messages never name the file:
 * a name such as a place or a child's name must not reach a log. At most {@link #UPLOAD_MEMORY_BYTES} of uploads
 * are held at once and at most two photos decoded at once, whatever the number of sessions. Decision:
 * docs/decisions/photos-safely.md.
 */
final class PhotoProcessing {

    static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 40_000_000L;
    static final int PHOTO_LONG_SIDE = 2_048;
    static final int THUMBNAIL_LONG_SIDE = 480;
    /** Decoded at most this long side (every n-th pixel of a larger photo). */
    static final int DECODE_LONG_SIDE = 2 * PHOTO_LONG_SIDE;
    /**
     * The decoded raster (and the copy Java2D may draw it through) stays within this: a 16-bit RGBA PNG takes 8
     * bytes a pixel, so pixels alone don't say.
     */
    static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    /**
     * A lossless (or animated) WebP is decoded whole before any subsampling (TwelveMonkeys 3.14.0), 4 bytes a
     * pixel: above this it is refused rather than decoded.
     */
    static final long MAX_WHOLE_FRAME_PIXELS = 4_000_000L;
    /** At most this many photos are decoded at once, so a few uploads at the same moment can't take all memory. */
    static final Semaphore DECODING_SLOTS = new Semaphore(2);
    static final Duration WAIT_FOR_DECODING_SLOT = Duration.ofSeconds(3);
    /**
     * Bytes of uploads held in memory at once, across all sessions, from the first byte read until the photo is
     * re-encoded. Taken as the buffer grows, not for the whole 15 MB up front, so a slow upload from a phone holds
     * only what has arrived, and many uploads at the same moment wait (then are refused calmly) instead of each
     * reading 15 MB before the decoding slots are asked. A decoding slot is not taken for reading: that would let
     * two slow connections stop everyone's photos.
     */
    static final int UPLOAD_MEMORY_BYTES = 64 * 1024 * 1024;
    static final Semaphore UPLOAD_MEMORY = new Semaphore(UPLOAD_MEMORY_BYTES);

    /** Java2D draws a custom image type (16-bit) through a copy in packed ARGB. */
    private static final int CONVERTED_BYTES_PER_PIXEL = 4;
    private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png", "webp");
    private static final float JPEG_QUALITY = 0.85f;
    private static final int FIRST_BUFFER = 256 * 1024;

    /** The photo and its thumbnail as JPEG, and the photo's size in pixels. */
    record Processed(byte[] photo, byte[] thumbnail, int width, int height) {
    }

    /** The upload's bytes: the first {@code length} of {@code buffer} (kept as read, never copied to fit). */
    record Upload(byte[] buffer, int length) {
    }

    static {
        // Finds the WebP reader on the application's class path, also inside the packaged jar.
        ImageIO.scanForPlugins();
        // Writing the JPEGs goes to memory, never through temporary files.
        ImageIO.setUseCache(false);
    }

    private PhotoProcessing() {
    }

    /** The photo to keep, or a {@link PhotoProblem} she can act on (it never names the file). */
    static Processed process(InputStream upload) {
        var held = new HeldMemory();
        try {
            var bytes = readAtMost(upload, MAX_UPLOAD_BYTES, held::take);
            acquire(DECODING_SLOTS, 1);
            try {
                var decoded = decode(bytes);
                // Turned after scaling, on the smaller image: the long side is the same either way.
                var photo = ExifOrientation.upright(scaled(decoded.image(), PHOTO_LONG_SIDE),
                        decoded.orientation());
                var thumbnail = scaled(photo, THUMBNAIL_LONG_SIDE);
                return new Processed(jpeg(photo), jpeg(thumbnail), photo.getWidth(), photo.getHeight());
            } finally {
                DECODING_SLOTS.release();
            }
        } finally {
            held.release();
        }
    }

    /** Waits a little for {@code permits}; refuses calmly when Village stays busy. */
    private static void acquire(Semaphore semaphore, int permits) {
        try {
            if (semaphore.tryAcquire(permits, WAIT_FOR_DECODING_SLOT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        throw new PhotoProblem("Village is busy with other photos; please try again in a moment.");
    }

    /** The part of {@link #UPLOAD_MEMORY} one upload holds, given back whole when it is done. */
    private static final class HeldMemory {

        private int bytes;

        void take(int more) {
            acquire(UPLOAD_MEMORY, more);
            bytes += more;
        }

        void release() {
            UPLOAD_MEMORY.release(bytes);
            bytes = 0;
        }
    }

    /** {@link #readAtMost(InputStream, int, IntConsumer)} without a memory budget. */
    static Upload readAtMost(InputStream upload, int limit) {
        return readAtMost(upload, limit, bytes -> {
        });
    }

    /**
     * Counts while reading into one buffer (doubling as needed) and stops one byte past the limit: a 40 MB upload
     * is refused after 15 MB. The buffer is not copied to its exact size; decoding reads its first bytes.
     * {@code reserve} is told each allocation's size first, and may refuse it.
     */
    static Upload readAtMost(InputStream upload, int limit, IntConsumer reserve) {
        int first = Math.min(FIRST_BUFFER, limit + 1);
        reserve.accept(first);
        var buffer = new byte[first];
        int length = 0;
        try {
            int n;
            while ((n = upload.read(buffer, length, buffer.length - length)) >= 0) {
                length += n;
                if (length > limit) {
                    throw new PhotoProblem("This file is larger than 15 MB. Choose a smaller photo, "
                            + "or share it from your phone's gallery, which makes it smaller.");
                }
                if (length == buffer.length) {
                    int grown = (int) Math.min((long) buffer.length * 2, limit + 1L);
                    reserve.accept(grown - buffer.length);
                    buffer = Arrays.copyOf(buffer, grown);
                }
            }
        } catch (IOException broken) {
            throw new PhotoProblem("This file did not arrive whole. Please try again.");
        }
        return new Upload(buffer, length);
    }

    private record Decoded(BufferedImage image, int orientation) {
    }

    private static Decoded decode(Upload upload) {
        try (ImageInputStream input = new ByteArrayImageInputStream(upload.buffer(), 0, upload.length())) {
            var reader = photoReader(input).orElseThrow(PhotoProcessing::notAPhoto);
            try {
                reader.setInput(input, true, true);
                // Only the header so far: a tiny file may promise billions of pixels (a "PNG bomb").
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new PhotoProblem("This photo has more pixels than Village takes (at most "
                            + "40 megapixels and 12,000 pixels a side). Choose a smaller photo.");
                }
                var format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if ("webp".equals(format) && !WebpChunks.isLossyStill(upload)
                        && (long) width * height > MAX_WHOLE_FRAME_PIXELS) {
                    throw new PhotoProblem("This WebP photo is saved without loss and is too large for Village to "
                            + "read (at most 4 megapixels). Save it as JPEG, or choose a smaller photo.");
                }
                var param = reader.getDefaultReadParam();
                int step = subsampling(width, height, bytesPerPixel(reader));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                var image = reader.read(0, param);
                boolean jpeg = "jpeg".equals(format);
                return new Decoded(image, jpeg ? ExifOrientation.ofJpeg(upload.buffer()) : ExifOrientation.NORMAL);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PhotoProblem problem) {
                throw problem;
            }
            throw notAPhoto();
        }
    }

    /**
     * The smallest step (every n-th pixel in both directions) that keeps the decoded image within
     * {@link #DECODE_LONG_SIDE} and its raster within {@link #MAX_DECODED_BYTES}.
     */
    static int subsampling(int width, int height, int bytesPerPixel) {
        int step = Math.max(1, (Math.max(width, height) + DECODE_LONG_SIDE - 1) / DECODE_LONG_SIDE);
        while (decodedBytes(width, height, bytesPerPixel, step) > MAX_DECODED_BYTES) {
            step++;
        }
        return step;
    }

    private static long decodedBytes(int width, int height, int bytesPerPixel, int step) {
        return (long) ((width + step - 1) / step) * ((height + step - 1) / step) * bytesPerPixel;
    }

    /**
     * Bytes a pixel costs while it is decoded and drawn smaller: those of the image type the reader decodes into
     * (3 for 8-bit RGB, 4 for 8-bit RGBA, 8 for 16-bit RGBA) and, for a type Java2D can't draw from directly (such
     * as 16-bit), the 4 of the copy it converts it into first. When the reader doesn't say, the most a photo costs.
     */
    static int bytesPerPixel(ImageReader reader) throws IOException {
        var types = reader.getImageTypes(0);
        if (types == null || !types.hasNext()) {
            return 8 + CONVERTED_BYTES_PER_PIXEL;
        }
        var type = types.next();
        var sampleModel = type.getSampleModel();
        int bytesPerElement = Math.max(1, DataBuffer.getDataTypeSize(sampleModel.getDataType()) / 8);
        int decoded = Math.max(1, bytesPerElement * sampleModel.getNumDataElements());
        return type.getBufferedImageType() == BufferedImage.TYPE_CUSTOM ? decoded + CONVERTED_BYTES_PER_PIXEL
                : decoded;
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

    private static PhotoProblem notAPhoto() {
        return new PhotoProblem("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo.");
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
        var target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
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
