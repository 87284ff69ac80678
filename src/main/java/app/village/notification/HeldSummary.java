package app.village.notification;

import app.village.base.PublicLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one message that carries everything held for her while she slept or had quiet hours: the template
 * {@code held-summary}, then each held letter as it would have been sent, oldest first, each in its own section
 * with its own button. It goes with the Message-ID of the oldest, which stands for them all ({@link HeldMail}).
 */
@Component
class HeldSummary {

    static final String TEMPLATE = "held-summary";
    private static final String SECTION_HEADING_STYLE =
            "margin:24px 0 16px;border-top:1px solid #8884;padding-top:16px;font-weight:600";

    private final OutgoingEmailRepository outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final DeliveryQueue queue;

    HeldSummary(OutgoingEmailRepository outbox, MailRenderer renderer, MailSettings settings, DeliveryQueue queue) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
        this.queue = queue;
    }

    /**
     * The summary for the messages held for her that this worker claimed. A letter that no longer goes (its kind
     * turned off, no longer true, its secret can no longer be made) is withdrawn and left out; empty when nothing is
     * left.
     *
     * @param sectionOf makes one held message's section, with its secret minted now; empty when it no longer goes
     */
    Optional<RenderedMail> compose(OutgoingEmail standingFor,
            Function<OutgoingEmail, Optional<LetterSection>> sectionOf) {
        var account = Objects.requireNonNull(standingFor.getRecipientAccountId());
        var worker = Objects.requireNonNull(standingFor.getClaimedBy());
        var sections = new ArrayList<LetterSection>();
        DeliveryHold.Reason reason = null;
        for (var held : outbox.findHeldClaimedBy(account, standingFor.getToAddress(), worker)) {
            var section = sectionOf.apply(held);
            if (section.isEmpty()) {
                queue.withdrawn(held, worker);
                continue;
            }
            sections.add(section.get());
            // Rows held before holds said their reason have none: they were held for her sleep.
            var heldFor = Objects.requireNonNullElse(held.getHeldWhile(), DeliveryHold.Reason.RESTING);
            reason = reason == null ? heldFor : reason.before(heldFor);
        }
        if (sections.isEmpty() || reason == null) {
            return Optional.empty();
        }
        return Optional.of(render(standingFor, sections, reason));
    }

    private RenderedMail render(OutgoingEmail standingFor, List<LetterSection> sections, DeliveryHold.Reason reason) {
        var intro = renderer.section(Letter.of(MailKind.ACCOUNT_NOTICE, TEMPLATE, standingFor.getToAddress(),
                        standingFor.getRecipientAccountId())
                .with("whileYouWere", reason.heading())
                .with("count", sections.size() == 1 ? "one message" : sections.size() + " messages")
                .with("when", reason.ended()), null);
        var why = "You got this because Village kept these back while " + reason.because() + ".";
        var settingsLink = PublicLinks.under(settings.publicUrl(), MailRenderer.SETTINGS_PATH);

        var text = new StringBuilder(intro.text()).append("\n\n");
        var html = new StringBuilder(MailLayout.paragraphs(intro.escapedParagraphs()));
        for (var section : sections) {
            text.append("---- ").append(section.subject()).append(" ----\n\n").append(section.text()).append("\n\n");
            html.append("<p style=\"").append(SECTION_HEADING_STYLE).append("\">")
                    .append(HtmlUtils.htmlEscape(section.subject())).append("</p>")
                    .append(MailLayout.paragraphs(section.escapedParagraphs()));
            if (section.escapedButtonLink() != null) {
                html.append(MailLayout.button(section.escapedButtonLabel(), section.escapedButtonLink()));
            }
        }
        text.append(MailRenderer.footer(why, settingsLink));
        return new RenderedMail(intro.subject(), text.toString(), MailLayout.page(HtmlUtils.htmlEscape(intro.subject()),
                html.toString(), HtmlUtils.htmlEscape(why), HtmlUtils.htmlEscape(settingsLink)));
    }
}
