package app.village.photo;

import java.nio.charset.StandardCharsets;

/**
 * Which kind of WebP an upload is, from its RIFF chunks. Only a still lossy WebP ({@code VP8 }) is decoded with
 * subsampling; a lossless ({@code VP8L}), animated or transparent one (its alpha is lossless) is decoded whole first.
 */
final class WebpChunks {

    private static final int FIRST_CHUNK = 12;

    private WebpChunks() {
    }

    /** True when the first image chunk is a lossy {@code VP8 } frame; false for anything else or a broken file. */
    static boolean isLossyStill(PhotoProcessing.Upload upload) {
        var bytes = upload.buffer();
        int length = upload.length();
        int at = FIRST_CHUNK;
        while (at + 8 <= length) {
            var fourCc = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            switch (fourCc) {
                case "VP8 " -> {
                    return true;
                }
                case "VP8L", "ALPH", "ANMF", "ANIM" -> {
                    return false;
                }
                default -> {
                    // VP8X, ICCP, EXIF, XMP: headers before the image; step over them.
                }
            }
            long size = littleEndianInt(bytes, at + 4) & 0xFFFF_FFFFL;
            long next = at + 8 + size + (size & 1);
            if (next > length) {
                return false;
            }
            at = (int) next;
        }
        return false;
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }
}
