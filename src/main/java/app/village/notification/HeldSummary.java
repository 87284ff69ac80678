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
            "display:block;border-top:1px solid #8884;padding-top:16px;font-weight:600";
    private static final String BUTTON_STYLE = "display:inline-block;padding:12px 20px;border-radius:8px;"
            + "background:#2f6f5e;color:#ffffff;text-decoration:none;font-weight:600";

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
     * The summary for the messages held for her that this worker claimed. A letter whose secret can no longer be
     * made (a revoked invitation) is withdrawn and left out; empty when nothing is left.
     *
     * @param sectionOf makes one letter's section, with its secret minted now; empty when it can't be
     */
    Optional<RenderedMail> compose(OutgoingEmail standingFor, Function<Letter, Optional<LetterSection>> sectionOf) {
        var account = Objects.requireNonNull(standingFor.getRecipientAccountId());
        var worker = Objects.requireNonNull(standingFor.getClaimedBy());
        var sections = new ArrayList<LetterSection>();
        var resting = false;
        for (var held : outbox.findHeldClaimedBy(account, standingFor.getToAddress(), worker)) {
            var letter = held.toLetter();
            var section = letter == null ? Optional.<LetterSection>empty() : sectionOf.apply(letter);
            if (section.isEmpty()) {
                queue.withdrawn(held, worker);
                continue;
            }
            sections.add(section.get());
            resting |= held.getHeldWhile() != HeldMail.While.QUIET_HOURS;
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(render(standingFor, sections, resting));
    }

    private RenderedMail render(OutgoingEmail standingFor, List<LetterSection> sections, boolean resting) {
        var intro = renderer.section(Letter.of(MailKind.ACCOUNT_NOTICE, TEMPLATE, standingFor.getToAddress(),
                        standingFor.getRecipientAccountId())
                .with("whileYouWere", resting ? "While you were resting" : "While your quiet hours were on")
                .with("count", sections.size() == 1 ? "one message" : sections.size() + " messages")
                .with("when", resting ? "your sleep window ended" : "your quiet hours ended"), null);
        var why = "You got this because Village kept these back while "
                + (resting ? "you were resting" : "your quiet hours were on") + ".";
        var settingsLink = PublicLinks.under(settings.publicUrl(), MailRenderer.SETTINGS_PATH);

        var text = new StringBuilder(intro.text()).append("\n\n");
        var html = new ArrayList<>(intro.escapedParagraphs());
        for (var section : sections) {
            text.append("---- ").append(section.subject()).append(" ----\n\n").append(section.text()).append("\n\n");
            html.add("<strong style=\"" + SECTION_HEADING_STYLE + "\">" + HtmlUtils.htmlEscape(section.subject())
                    + "</strong>");
            html.addAll(section.escapedParagraphs());
            if (section.escapedButtonLink() != null) {
                html.add("<a href=\"" + section.escapedButtonLink() + "\" style=\"" + BUTTON_STYLE + "\">"
                        + section.escapedButtonLabel() + "</a>");
                html.add("<span style=\"font-size:13px;word-break:break-all\">If the button doesn't open, copy this "
                        + "address into your browser: " + section.escapedButtonLink() + "</span>");
            }
        }
        text.append(MailRenderer.footer(why, settingsLink));
        return new RenderedMail(intro.subject(), text.toString(), MailLayout.html(HtmlUtils.htmlEscape(intro.subject()),
                html, null, null, HtmlUtils.htmlEscape(why), HtmlUtils.htmlEscape(settingsLink)));
    }
}
