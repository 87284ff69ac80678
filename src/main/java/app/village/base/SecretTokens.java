package app.village.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a link (an invitation, a calendar address): 256 random bits, URL-safe. Only its SHA-256 hash is
 * ever stored, so the database alone never opens anything.
 */
public final class SecretTokens {

    static final int TOKEN_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    static final int TOKEN_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of the token: what the database keeps and looks up. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Tokens we issue are 43 URL-safe ASCII characters; anything else is not worth a database lookup. */
    public static boolean looksValid(String token) {
        return token.length() == TOKEN_LENGTH
                && token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }
}
