package app.village.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Photos made in the test, byte by byte where a camera's or an attacker's file is needed. */
final class TestPhotos {

    /** Written into the GPS directory as its map datum: if these letters survive, the location did too. */
    static final String GPS_MARKER = "WGS-84 NURSERY-LOCATION";
    /** Written as the camera's make in the first directory. */
    static final String CAMERA_MARKER = "BabyCam Secretmodel";

    /** A 1 x 1 WebP, lossless and lossy, as browsers' feature tests use them. */
    static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestPhotos() {
    }

    /** A picture of noise (so it compresses badly, like a real photo) with a red block in its top-left corner. */
    static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        graphics.dispose();
        return image;
    }

    static byte[] encoded(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: its JFIF header replaced by an EXIF segment with the camera's make, an
     * orientation, and a GPS directory (version, latitude N 60° 10' 12", map datum {@link #GPS_MARKER}).
     */
    static byte[] jpegWithGps(int width, int height, int orientation) {
        var plain = encoded(picture(width, height), "jpeg");
        int app0Length = ((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF);
        var exif = exifSegment(orientation);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(exif, 0, exif.length);
        out.write(plain, 4 + app0Length, plain.length - 4 - app0Length);
        return out.toByteArray();
    }

    private static byte[] exifSegment(int orientation) {
        var make = (CAMERA_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        var datum = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        var tiff = ByteBuffer.allocate(512);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: three entries, then the next directory (none).
        int ifd0Entries = 3;
        int gpsAt = 8 + 2 + ifd0Entries * 12 + 4;
        int gpsEntries = 4;
        int gpsDataAt = gpsAt + 2 + gpsEntries * 12 + 4;
        int latitudeAt = gpsDataAt;
        int datumAt = latitudeAt + 24;
        int makeAt = datumAt + datum.length;
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0112, 3, 1, orientation << 16);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.putShort((short) gpsEntries);
        entry(tiff, 0x0000, 1, 4, 0x02020000);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, latitudeAt);
        entry(tiff, 0x0012, 2, datum.length, datumAt);
        tiff.putInt(0);
        tiff.putInt(60).putInt(1).putInt(10).putInt(1).putInt(12).putInt(1);
        tiff.put(datum).put(make);
        int tiffLength = tiff.position();
        var segment = ByteBuffer.allocate(4 + 6 + tiffLength);
        segment.putShort((short) 0xFFE1).putShort((short) (2 + 6 + tiffLength));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        segment.put(tiff.array(), 0, tiffLength);
        return segment.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /**
     * A "PNG bomb": a file of a few hundred bytes whose header says {@code side} x {@code side} pixels, with a
     * little real image data, so a decoder that starts would allocate gigabytes before it noticed.
     */
    static byte[] pngBomb(int side) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        var compressed = new byte[1 << 16];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A real 16-bit RGBA PNG, {@code side} x {@code side}, all red and opaque: 8 bytes a pixel once decoded
     * (134 MB at 4,096 a side), a hundred-odd KB as a file. Written row by row, never whole in memory.
     */
    static byte[] png16BitRgba(int side) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 16).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        var row = new byte[1 + side * 8];
        for (int x = 0; x < side; x++) {
            // Red 0xFFFF, green 0, blue 0, alpha 0xFFFF; the row's first byte (filter "none") stays 0.
            row[1 + x * 8] = (byte) 0xFF;
            row[2 + x * 8] = (byte) 0xFF;
            row[7 + x * 8] = (byte) 0xFF;
            row[8 + x * 8] = (byte) 0xFF;
        }
        var data = new ByteArrayOutputStream();
        try (var deflating = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < side; y++) {
                deflating.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A lossless WebP's header ({@code VP8L}) promising {@code width} x {@code height} pixels, with a few bytes of
     * bitstream after it: TwelveMonkeys' reader would decode such a frame whole before subsampling it.
     */
    static byte[] losslessWebpBomb(int width, int height) {
        var bits = (long) (width - 1) | (long) (height - 1) << 14;
        var vp8l = ByteBuffer.allocate(5 + 64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        vp8l.put((byte) 0x2F).putInt((int) bits);
        return riff("VP8L", vp8l.array());
    }

    /** A lossy WebP's header ({@code VP8 }) and nothing playable: enough for reading its chunks. */
    static byte[] lossyWebpHeaderOnly() {
        return riff("VP8 ", new byte[16]);
    }

    private static byte[] riff(String fourCc, byte[] payload) {
        var chunk = ByteBuffer.allocate(12 + 8 + payload.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        chunk.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + payload.length);
        chunk.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return chunk.array();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
