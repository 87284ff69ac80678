package app.village.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server itself is configured through the standard {@code spring.mail.*} settings; without
 * {@code spring.mail.host} mail is off and messages wait in the outbox.
 *
 * @param from the sender of every message, such as {@code Village <village@example.org>}; its domain also
 *     names the Message-IDs
 * @param publicUrl the address links in mail start with; the same as the invitations' by default
 */
@ConfigurationProperties("village.mail")
record MailSettings(@DefaultValue("Village <village@localhost>") String from,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
