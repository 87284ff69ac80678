package app.village.account;

import app.village.notification.Letter;
import java.util.Objects;
import org.springframework.context.ApplicationContext;

/**
 * For browserless tests without an SMTP server: makes the code a waiting code letter carries, as the delivery
 * job does when it sends the letter (a code made earlier for it stops working).
 */
public final class CodesForTests {

    private CodesForTests() {
    }

    public static String codeOf(ApplicationContext application, Letter letter) {
        var secret = Objects.requireNonNull(letter.secret(), "a letter without a code");
        return application.getBean(SignUpCodes.class).mint(secret.subjectId()).orElseThrow();
    }
}
