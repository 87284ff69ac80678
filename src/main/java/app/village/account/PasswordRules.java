package app.village.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Length limits and the bundled list of common passwords (see common-passwords-NOTICE.txt).
 * <p>Decision: docs/decisions/password-length-common-list-and-argon2id.md.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private PasswordRules() {
    }

    /** Name parts shorter than this ("Al", "Jo") are too common inside ordinary words to refuse. */
    static final int SHORTEST_NAME_PART = 3;

    static final String PERSONAL_MESSAGE =
            "Please choose a password without your email address or your name in it: they are the first guesses.";

    /**
     * Whether the password contains her email address, the part before its @, or her name (or a part of it), in
     * any letter case: anyone who knows her tries those first.
     */
    static boolean mentionsPerson(String password, String email, String displayName) {
        var lowerPassword = password.toLowerCase(Locale.ROOT);
        var lowerEmail = email.strip().toLowerCase(Locale.ROOT);
        var at = lowerEmail.indexOf('@');
        var parts = new java.util.ArrayList<String>();
        parts.add(lowerEmail);
        if (at > 0) {
            parts.add(lowerEmail.substring(0, at));
        }
        parts.add(displayName.strip().toLowerCase(Locale.ROOT));
        parts.addAll(java.util.Arrays.asList(displayName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return parts.stream()
                .filter(part -> part.length() >= SHORTEST_NAME_PART)
                .anyMatch(lowerPassword::contains);
    }

    static boolean isCommon(String password) {
        return CommonPasswords.SET.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use; a holder class keeps that lazy and thread-safe. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            var stream = Objects.requireNonNull(PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS),
                    "common password list missing from the classpath");
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                var set = new HashSet<String>();
                reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(set::add);
                return Set.copyOf(set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
