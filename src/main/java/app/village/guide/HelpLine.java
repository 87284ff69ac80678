package app.village.guide;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A place to turn to, what it is for, and how to reach it: tap-to-call and tap-to-text numbers, and where
 * a resource has no number to give (the international ones), its website.
 */
public record HelpLine(String name, String forWhat, String details, List<Contact> contacts, @Nullable String website) {

    public HelpLine {
        contacts = List.copyOf(contacts);
        if (website != null && !website.startsWith("https://")) {
            throw new IllegalArgumentException("A help line's website must be an https address: " + website);
        }
    }

    public enum ContactKind { CALL, TEXT }

    /** One tap-to-call or tap-to-text way in. {@code number} is what goes into the link. */
    public record Contact(ContactKind kind, String label, String number) {

        /** A {@code tel:} or {@code sms:} link; only digits and a leading plus survive. */
        public String href() {
            var digits = number.replaceAll("[^0-9+]", "");
            return (kind == ContactKind.CALL ? "tel:" : "sms:") + digits;
        }
    }
}
