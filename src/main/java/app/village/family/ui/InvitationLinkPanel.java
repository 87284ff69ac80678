package app.village.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A fresh invitation link with the ways to pass it on: copy it, or (on phones that offer it) share it.
 * The link and texts travel to the browser only as {@code executeJs} parameters, never inside the script.
 */
class InvitationLinkPanel extends Div {

    static final String COPIED = "Link copied. Paste it into a text message or chat.";
    static final String COPY_BY_HAND = "Your browser didn't let us copy it. "
            + "Press and hold the link (or select it) to copy it by hand.";
    static final String SHARE_FAILED = "Sharing didn't work here. Copy the link instead.";

    final TextField link = new TextField("Invitation link");
    final Button copy = new Button("Copy link", VaadinIcon.COPY_O.create());
    final Button share = new Button("Share…", VaadinIcon.SHARE.create());
    final Paragraph status = new Paragraph();

    InvitationLinkPanel(String url, String shareTitle) {
        addClassName("invitation-link");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        // Selecting the whole link with one tap makes copying by hand easy when the clipboard is not allowed.
        link.setAutoselect(true);

        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", url)
                .then(ignored -> copied(true), failure -> copied(false)));

        // Only phones and browsers with a share sheet get the button; it stays hidden until the browser says so.
        share.setVisible(false);
        share.getElement().executeJs("return typeof navigator.share === 'function'")
                .then(Boolean.class, share::setVisible);
        share.addClickListener(click -> share.getElement()
                .executeJs("return navigator.share({title: $0, url: $1})"
                        + ".then(() => 'shared', e => e && e.name === 'AbortError' ? 'cancelled' : 'failed')",
                        shareTitle, url)
                .then(String.class, result -> {
                    if ("failed".equals(result)) {
                        showStatus(SHARE_FAILED);
                    }
                }));

        status.addClassName("quiet");
        status.getElement().setAttribute("role", "status");

        var buttons = new Div(copy, share);
        buttons.addClassName("actions");
        add(link, buttons, status);
    }

    void copied(boolean success) {
        if (success) {
            showStatus(COPIED);
        } else {
            showStatus(COPY_BY_HAND);
            link.focus();
        }
    }

    private void showStatus(String text) {
        status.setText(text);
    }
}
