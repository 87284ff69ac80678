package app.village.family.ui;

import app.village.base.ui.Links;
import app.village.family.IssuedInvitation;
import app.village.notification.MailStatus;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * What the invite screens say about the mail beside a fresh link: that it went to her, or, when this Village
 * sends no mail, that she should pass the link on herself.
 */
final class InvitationMailNotice {

    private InvitationMailNotice() {
    }

    /** Nothing to say when she gave no email address. */
    static @Nullable Paragraph afterInvite(String name, IssuedInvitation issued, MailStatus mail) {
        if (!issued.mailed()) {
            return null;
        }
        return new Paragraph(mail.isOn()
                ? "We've emailed " + name + " the link. You can also copy it below."
                : MailStatus.MAIL_IS_OFF + " Please copy the link below and send it to " + name + " yourself.");
    }

    static Paragraph afterNewLink(String name, IssuedInvitation issued, MailStatus mail) {
        var text = !issued.mailed() ? "Send this new link to " + name + "."
                : mail.isOn() ? "We've emailed " + name + " the new link. You can also copy it below."
                : MailStatus.MAIL_IS_OFF + " Please send this new link to " + name + " yourself.";
        return Links.quiet(text + " Any earlier link no longer works.");
    }
}
