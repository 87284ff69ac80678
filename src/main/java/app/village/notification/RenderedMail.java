package app.village.notification;

/** A letter made ready to send: a one-line subject, the plain-text part and the HTML part. */
public record RenderedMail(String subject, String text, String html) {
}
