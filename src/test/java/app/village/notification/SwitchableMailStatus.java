package app.village.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The application's {@link MailStatus}, which a UI test can flip to see a screen with mail on or off without a
 * Spring context of its own. Until flipped it tells the truth; {@link #reset()} after each test that flips it.
 */
public class SwitchableMailStatus extends MailStatus {

    private volatile @Nullable Boolean pretended;

    public SwitchableMailStatus(ObjectProvider<JavaMailSender> sender) {
        super(sender);
    }

    public void pretend(boolean on) {
        pretended = on;
    }

    public void reset() {
        pretended = null;
    }

    @Override
    public boolean isOn() {
        var flipped = pretended;
        return flipped != null ? flipped : super.isOn();
    }
}
