package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One template file makes the subject, the text part and the HTML part; user text can't break out of any. */
class MailRendererTest {

    final MailRenderer renderer = new MailRenderer(new MailSettings("Village <v@example.org>", "https://village.example/"));

    @Test
    void theFamilyNameLeadsTheSubjectAndTheButtonLinkIsAbsoluteInBothParts() {
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-letter", "rose@family.example", null)
                .with("name", "Ana").with("message", "See you").inFamily("The Silvas");

        var mail = renderer.render(letter, "s3cret");

        assertThat(mail.subject()).isEqualTo("The Silvas: Ana has news");
        assertThat(mail.text()).contains("Hello Ana,", "See you", "Open it:\nhttps://village.example/things/s3cret",
                "You got this because it is about your family on Village.",
                "https://village.example/account#notifications");
        assertThat(mail.html()).contains("href=\"https://village.example/things/s3cret\"", ">Open it</a>",
                "href=\"https://village.example/account#notifications\"");
    }

    @Test
    void headerTextInAValueStaysInTheSubjectLineAndMarkupIsShownAsText() {
        var letter = Letter.of(MailKind.CHANGES, "test-letter", "rose@family.example", UUID.randomUUID())
                .with("name", "Ana\r\nBcc: everyone@example.org").with("message", "<script>alert(1)</script> & <b>hi</b>");

        var mail = renderer.render(letter, null);

        assertThat(mail.subject()).isEqualTo("Ana Bcc: everyone@example.org has news").doesNotContain("\n", "\r");
        assertThat(mail.html()).doesNotContain("<script>", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;hi&lt;/b&gt;");
        assertThat(mail.text()).contains("<script>alert(1)</script> & <b>hi</b>");
    }

    @Test
    void aLongSubjectIsCutAndAParagraphWhoseValuesAreEmptyIsLeftOut() {
        var letter = Letter.of(MailKind.REMINDER, "test-letter", "rose@family.example", null)
                .with("name", "x".repeat(2_000));

        var mail = renderer.render(letter, null);

        assertThat(mail.subject()).hasSize(MailRenderer.SUBJECT_MAX).endsWith("…");
        assertThat(mail.text()).doesNotContain("\n\n\n").contains("Here is what they wrote:\n\nThat is all.").contains("That is all.");
    }

    @Test
    void lettersKeepTheirValuesThroughTheOutboxColumn() {
        var values = java.util.Map.of("name", "Zoë = \"ana\"\nsecond line", "message", "#not a comment: !");

        assertThat(LetterValues.decode(LetterValues.encode(values))).isEqualTo(values);
    }
}
