package app.village.guide;

import java.util.List;

/** A place to turn to, what it is for, and how to reach it. */
public record HelpLine(String name, String forWhat, String details, List<Contact> contacts) {

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
