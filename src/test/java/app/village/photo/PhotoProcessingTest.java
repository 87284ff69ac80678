package app.village.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/** What is kept of an upload: pixels only, never too many, and nothing that is not a photo. */
class PhotoProcessingTest {

    static PhotoProcessing.Processed processed(byte[] upload) {
        return PhotoProcessing.process(new ByteArrayInputStream(upload));
    }

    @Test
    void aPhonePhotosLocationCameraAndAllOtherMetadataAreGoneFromThePhotoAndItsThumbnail() throws IOException {
        var upload = TestPhotos.jpegWithGps(3000, 2000, ExifOrientation.NORMAL);
        // The upload carries what must not survive, where ImageIO finds it.
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, TestPhotos.GPS_MARKER)).isTrue();
        assertThat(appSegmentsOf(upload)).contains(0xE1);

        var kept = processed(upload);

        for (var image : List.of(kept.photo(), kept.thumbnail())) {
            assertThat(contains(image, "Exif")).isFalse();
            assertThat(contains(image, TestPhotos.GPS_MARKER)).isFalse();
            assertThat(contains(image, TestPhotos.CAMERA_MARKER)).isFalse();
            // JFIF's APP0 is all the header there is: no APP1 (EXIF, XMP) or any other application segment.
            assertThat(appSegmentsOf(image)).containsExactly(0xE0);
        }
    }

    @Test
    void aLargePhotoIsKeptAt2048PixelsAndItsThumbnailAt480OnTheLongSide() throws IOException {
        var kept = processed(TestPhotos.jpegWithGps(3000, 2000, ExifOrientation.NORMAL));

        var photo = ImageIO.read(new ByteArrayInputStream(kept.photo()));
        var thumbnail = ImageIO.read(new ByteArrayInputStream(kept.thumbnail()));
        assertThat(photo.getWidth()).isEqualTo(2048);
        assertThat(photo.getHeight()).isEqualTo(1365);
        assertThat(kept.width()).isEqualTo(2048);
        assertThat(kept.height()).isEqualTo(1365);
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        assertThat(isReddish(photo.getRGB(10, 10))).isTrue();
    }

    @Test
    void aSmallPhotoKeepsItsSize() throws IOException {
        var kept = processed(TestPhotos.encoded(TestPhotos.picture(300, 200), "png"));

        var photo = ImageIO.read(new ByteArrayInputStream(kept.photo()));
        assertThat(photo.getWidth()).isEqualTo(300);
        assertThat(photo.getHeight()).isEqualTo(200);
    }

    @Test
    void aPhotoTakenWithThePhoneTurnedIsKeptUpright() throws IOException {
        // Stored landscape with the red corner top left; orientation 6 says: turn 90 degrees clockwise to view.
        var kept = processed(TestPhotos.jpegWithGps(400, 200, 6));

        var photo = ImageIO.read(new ByteArrayInputStream(kept.photo()));
        assertThat(photo.getWidth()).isEqualTo(200);
        assertThat(photo.getHeight()).isEqualTo(400);
        // The stored top-left corner is now the top-right one.
        assertThat(isReddish(photo.getRGB(195, 5))).isTrue();
        assertThat(isReddish(photo.getRGB(5, 5))).isFalse();
    }

    @Test
    void aTransparentPngIsKeptOnWhite() throws IOException {
        var transparent = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);

        var kept = processed(TestPhotos.encoded(transparent, "png"));

        var photo = ImageIO.read(new ByteArrayInputStream(kept.photo()));
        assertThat(new Color(photo.getRGB(25, 20))).satisfies(color -> assertThat(color.getRed() + color.getGreen()
                + color.getBlue()).isGreaterThan(3 * 245));
    }

    @Test
    void webpPhotosAreReadAndKeptAsJpeg() throws IOException {
        for (var webp : List.of(TestPhotos.WEBP_LOSSLESS, TestPhotos.WEBP_LOSSY)) {
            var kept = processed(webp);

            var photo = ImageIO.read(new ByteArrayInputStream(kept.photo()));
            assertThat(photo.getWidth()).isEqualTo(1);
            assertThat(kept.photo()).startsWith((byte) 0xFF, (byte) 0xD8);
        }
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedWithoutItsName() {
        var text = "Shopping: nappies, oat milk, thank-you card".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> processed(text))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo.")
                .satisfies(problem -> assertThat(((PhotoProblem) problem).fieldName()).hasValue(PhotoProblem.FIELD));
    }

    @Test
    void anImageInAFormatVillageDoesNotTakeIsRefused() {
        var gif = TestPhotos.encoded(TestPhotos.picture(20, 20), "gif");

        assertThatThrownBy(() -> processed(gif)).isInstanceOf(PhotoProblem.class)
                .hasMessageContaining("is not a photo Village can read");
    }

    @Test
    void aCutOffPhotoIsRefused() {
        var whole = TestPhotos.encoded(TestPhotos.picture(200, 200), "png");
        var cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> processed(cut)).isInstanceOf(PhotoProblem.class)
                .hasMessageContaining("is not a photo Village can read");
    }

    @Test
    void a40MegabyteUploadIsRefusedAfterReading15MegabytesNotAllOfIt() {
        var upload = new EndlessStream(40L * 1024 * 1024);

        assertThatThrownBy(() -> PhotoProcessing.process(upload))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("This file is larger than 15 MB. Choose a smaller photo, or share it from your "
                        + "phone's gallery, which makes it smaller.");
        assertThat(upload.served).isGreaterThan(PhotoProcessing.MAX_UPLOAD_BYTES)
                .isLessThanOrEqualTo(PhotoProcessing.MAX_UPLOAD_BYTES + 64 * 1024);
    }

    @Test
    void anUploadOfExactly15MegabytesIsReadWhole() {
        var upload = new EndlessStream(PhotoProcessing.MAX_UPLOAD_BYTES);

        var read = PhotoProcessing.readAtMost(upload, PhotoProcessing.MAX_UPLOAD_BYTES);

        assertThat(read.length()).isEqualTo(PhotoProcessing.MAX_UPLOAD_BYTES);
        // One buffer, doubled while reading, never a second copy to trim it: at most the limit and one byte.
        assertThat(read.buffer().length).isEqualTo(PhotoProcessing.MAX_UPLOAD_BYTES + 1);
    }

    @Test
    void aPngBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        var bomb = TestPhotos.pngBomb(50_000);
        assertThat(bomb.length).isLessThan(5_000);

        // Decoding 50,000 x 50,000 pixels would need 7.5 GB and fail otherwise, or take far longer than this.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> processed(bomb))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("This photo has more pixels than Village takes (at most 40 megapixels and "
                        + "12,000 pixels a side). Choose a smaller photo."));
    }

    @Test
    void onlyOneLongSideOver12000PixelsIsRefusedToo() {
        var bomb = TestPhotos.pngBomb(12_001);

        assertThatThrownBy(() -> processed(bomb)).isInstanceOf(PhotoProblem.class)
                .hasMessageContaining("has more pixels than Village takes");
    }

    @Test
    void aLosslessWebpBombIsRefusedFromItsHeaderBeforeItsFrameIsDecodedWhole() {
        // 6,324 x 6,324 is within 40 megapixels and 12,000 a side, yet decoded whole it would take 160 MB.
        var bomb = TestPhotos.losslessWebpBomb(6_324, 6_324);
        assertThat(bomb.length).isLessThan(200);

        long allocated = allocatedWhile(() -> assertThatThrownBy(() -> processed(bomb))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("This WebP photo is saved without loss and is too large for Village to read (at most "
                        + "4 megapixels). Save it as JPEG, or choose a smaller photo."));
        assertThat(allocated).as("bytes allocated").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void onlyAStillLossyWebpCountsAsDecodedWithSubsampling() {
        var lossy = TestPhotos.lossyWebpHeaderOnly();
        var lossless = TestPhotos.losslessWebpBomb(10, 10);

        assertThat(WebpChunks.isLossyStill(new PhotoProcessing.Upload(lossy, lossy.length))).isTrue();
        assertThat(WebpChunks.isLossyStill(new PhotoProcessing.Upload(lossless, lossless.length))).isFalse();
        assertThat(WebpChunks.isLossyStill(new PhotoProcessing.Upload(TestPhotos.WEBP_LOSSY,
                TestPhotos.WEBP_LOSSY.length))).isTrue();
        assertThat(WebpChunks.isLossyStill(new PhotoProcessing.Upload(TestPhotos.WEBP_LOSSLESS,
                TestPhotos.WEBP_LOSSLESS.length))).isFalse();
        // Cut off inside its first chunk's header: not known to be lossy, so treated as the costly kind.
        assertThat(WebpChunks.isLossyStill(new PhotoProcessing.Upload(lossy, 14))).isFalse();
    }

    @Test
    void a16BitPngOf4096PixelsASideIsDecodedInLittleMemory() throws IOException {
        // 8 bytes a pixel: decoded whole it is 134 MB, before any copy.
        var png = TestPhotos.png16BitRgba(4_096);

        var kept = new PhotoProcessing.Processed[1];
        long allocated = allocatedWhile(() -> kept[0] = processed(png));

        assertThat(allocated).as("bytes allocated").isLessThan(64L * 1024 * 1024);
        var photo = ImageIO.read(new ByteArrayInputStream(kept[0].photo()));
        // Every third pixel: 1,366 a side.
        assertThat(photo.getWidth()).isEqualTo(1366);
        assertThat(photo.getHeight()).isEqualTo(1366);
        assertThat(isReddish(photo.getRGB(700, 700))).isTrue();
    }

    @Test
    void theSubsamplingStepKeepsTheDecodedRasterWithin32Megabytes() {
        // 8-bit RGB (3 bytes a pixel) of a 6-megapixel photo: decoded whole.
        assertThat(PhotoProcessing.subsampling(3_000, 2_000, 3)).isEqualTo(1);
        // A 12-megapixel phone photo whole would be 36.6 MB: every other pixel.
        assertThat(PhotoProcessing.subsampling(4_032, 3_024, 3)).isEqualTo(2);
        // The long side decides too (4,096 at most).
        assertThat(PhotoProcessing.subsampling(8_200, 100, 3)).isEqualTo(3);
        // 16-bit RGBA and the copy Java2D draws it through, 12 bytes a pixel: a step of 2 would still take 50 MB.
        assertThat(PhotoProcessing.subsampling(4_096, 4_096, 12)).isEqualTo(3);
    }

    @Test
    void whileTwoPhotosAreBeingDecodedAThirdIsRefusedCalmlyAfterAWait() {
        var slots = PhotoProcessing.DECODING_SLOTS;
        assertThat(slots.tryAcquire(2)).as("both decoding slots free").isTrue();
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> processed(TestPhotos.WEBP_LOSSY))
                    .isInstanceOf(PhotoProblem.class)
                    .hasMessage("Village is busy with other photos; please try again in a moment.");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isGreaterThanOrEqualTo(PhotoProcessing.WAIT_FOR_DECODING_SLOT.minusMillis(50));
        } finally {
            slots.release(2);
        }
        assertThat(processed(TestPhotos.WEBP_LOSSY).photo()).isNotEmpty();
    }

    @Test
    void whileUploadsHoldAllTheMemoryForThemANewOneIsRefusedCalmlyBeforeReadingAByte() {
        var memory = PhotoProcessing.UPLOAD_MEMORY;
        assertThat(memory.tryAcquire(PhotoProcessing.UPLOAD_MEMORY_BYTES)).as("no upload holds memory").isTrue();
        var upload = new EndlessStream(1024 * 1024);
        try {
            assertThatThrownBy(() -> PhotoProcessing.process(upload))
                    .isInstanceOf(PhotoProblem.class)
                    .hasMessage("Village is busy with other photos; please try again in a moment.");
            assertThat(upload.served).as("bytes read into memory").isZero();
        } finally {
            memory.release(PhotoProcessing.UPLOAD_MEMORY_BYTES);
        }
    }

    @Test
    void anUploadGivesBackAllTheMemoryItHeldWhetherItIsKeptOrRefused() {
        var memory = PhotoProcessing.UPLOAD_MEMORY;

        assertThat(processed(TestPhotos.WEBP_LOSSY).photo()).isNotEmpty();
        assertThat(memory.availablePermits()).isEqualTo(PhotoProcessing.UPLOAD_MEMORY_BYTES);

        assertThatThrownBy(() -> PhotoProcessing.process(new EndlessStream(40L * 1024 * 1024)))
                .isInstanceOf(PhotoProblem.class).hasMessageContaining("larger than 15 MB");
        assertThat(memory.availablePermits()).isEqualTo(PhotoProcessing.UPLOAD_MEMORY_BYTES);

        assertThatThrownBy(() -> PhotoProcessing.process(new EndlessStream(3L * 1024 * 1024)))
                .isInstanceOf(PhotoProblem.class).hasMessageContaining("is not a photo Village can read");
        assertThat(memory.availablePermits()).isEqualTo(PhotoProcessing.UPLOAD_MEMORY_BYTES);
    }

    @Test
    void a15MegabyteUploadHoldsNoMoreOfTheMemoryThanItsBuffer() {
        var memory = PhotoProcessing.UPLOAD_MEMORY;
        var held = new int[1];
        var read = PhotoProcessing.readAtMost(new EndlessStream(PhotoProcessing.MAX_UPLOAD_BYTES),
                PhotoProcessing.MAX_UPLOAD_BYTES, bytes -> held[0] += bytes);

        assertThat(held[0]).isEqualTo(read.buffer().length);
        assertThat(memory.availablePermits()).isEqualTo(PhotoProcessing.UPLOAD_MEMORY_BYTES);
    }

    /** Bytes the current thread allocated while {@code work} ran (garbage included). */
    static long allocatedWhile(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static boolean isReddish(int rgb) {
        var color = new Color(rgb);
        return color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60;
    }

    static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** The application segments (APP0 = 0xE0 … APP15 = 0xEF) ImageIO's JPEG reader finds in the file's header. */
    static List<Integer> appSegmentsOf(byte[] jpeg) throws IOException {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            var reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            var tree = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0");
            var segments = new ArrayList<Integer>();
            collect(tree, segments);
            reader.dispose();
            return segments;
        }
    }

    private static void collect(Node node, List<Integer> segments) {
        if ("app0JFIF".equals(node.getNodeName())) {
            segments.add(0xE0);
        } else if ("unknown".equals(node.getNodeName())) {
            int tag = Integer.parseInt(((IIOMetadataNode) node).getAttribute("MarkerTag"));
            if (tag >= 0xE0 && tag <= 0xEF) {
                segments.add(tag);
            }
        }
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, segments);
        }
    }

    /** Zeros after a JPEG's first two bytes, {@code length} in all, counting what was read. */
    static final class EndlessStream extends InputStream {
        private final long length;
        long served;

        EndlessStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            served++;
            return served == 1 ? 0xFF : served == 2 ? 0xD8 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            if (served == 0 && n >= 2) {
                buffer[offset] = (byte) 0xFF;
                buffer[offset + 1] = (byte) 0xD8;
            }
            served += n;
            return n;
        }
    }
}
