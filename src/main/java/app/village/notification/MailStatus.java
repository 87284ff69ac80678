package app.village.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this Village sends mail at all (an SMTP server is configured). Screens that would send mail ask it, so
 * that without one they say so and offer the copy-a-link path instead.
 */
@Component
public class MailStatus {

    /** What a screen says where it would have sent mail, when mail is off. */
    public static final String MAIL_IS_OFF = "This Village doesn't send email yet (no mail server is set up), "
            + "so nothing will arrive by mail.";

    private final boolean on;

    MailStatus(ObjectProvider<JavaMailSender> sender) {
        this.on = sender.getIfAvailable() != null;
    }

    public boolean isOn() {
        return on;
    }
}
