package app.village.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as a feature records it: which template, the values to fill in, and to whom. It is rendered (text and
 * HTML, user text escaped) only when it is sent, so a secret such as an invitation link is made at that moment and
 * never stored; see {@link SecretMinter}. Templates live in {@code src/main/resources/mail/} (format in its
 * README.md).
 *
 * @param toAddress where it goes
 * @param toAccountId the recipient's account, when she has one: her preferences, sleep window and quiet hours apply
 * @param kind what it is about, for her preferences
 * @param template the template's name, such as {@code invitation}
 * @param values the template's placeholders; user text is fine here, it is escaped when rendered
 * @param familyName the family the message is about, shown in the subject; null for account mail
 * @param secret a secret to make at sending time, filled into the placeholder {@code secret}
 * @param about what the message concerns, such as {@code shift:<id>}, so it can be withdrawn before it is sent
 * @param check what must still be true when it is sent, asked of the {@link LetterCheck} of that purpose
 */
public record Letter(String toAddress, @Nullable UUID toAccountId, MailKind kind, String template,
        Map<String, String> values, @Nullable String familyName, @Nullable SecretRef secret, @Nullable String about,
        @Nullable CheckRef check) {

    /** A check, by the {@link LetterCheck} of this purpose, of this subject (a reminder, a space, a shift). */
    public record CheckRef(String purpose, UUID subjectId) {
    }

    /** A secret made by the {@link SecretMinter} of this purpose for this subject. */
    public record SecretRef(String purpose, UUID subjectId) {
    }

    public Letter {
        values = Map.copyOf(values);
    }

    public static Letter of(MailKind kind, String template, String toAddress, @Nullable UUID toAccountId) {
        return new Letter(toAddress, toAccountId, kind, template, Map.of(), null, null, null, null);
    }

    public Letter with(String name, String value) {
        var more = new LinkedHashMap<>(values);
        more.put(name, value);
        return new Letter(toAddress, toAccountId, kind, template, more, familyName, secret, about, check);
    }

    public Letter inFamily(String name) {
        return new Letter(toAddress, toAccountId, kind, template, values, name, secret, about, check);
    }

    public Letter withSecret(String purpose, UUID subjectId) {
        return new Letter(toAddress, toAccountId, kind, template, values, familyName, new SecretRef(purpose, subjectId),
                about, check);
    }

    public Letter about(String what) {
        return new Letter(toAddress, toAccountId, kind, template, values, familyName, secret, what, check);
    }

    /** Sent only if the {@link LetterCheck} of this purpose still finds it true for this subject at sending time. */
    public Letter checkedBy(String purpose, UUID subjectId) {
        return new Letter(toAddress, toAccountId, kind, template, values, familyName, secret, about,
                new CheckRef(purpose, subjectId));
    }
}
