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
    void aTwoThousandCharacterNameIsCutAtAWordInTheSubjectAndShownWholeInTheBody() {
        var name = "Grandma Rose " + "and-all-her-cousins ".repeat(100);
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-letter", "rose@family.example", null)
                .with("name", name.strip()).inFamily("The Silvas");

        var mail = renderer.render(letter, null);

        assertThat(name.strip()).hasSizeGreaterThan(1_900);
        assertThat(mail.subject()).hasSizeLessThanOrEqualTo(MailRenderer.SUBJECT_MAX).startsWith("The Silvas: Grandma Rose")
                .endsWith("cousins…");
        assertThat(mail.text()).contains("Hello " + name.strip() + ",");
        assertThat(mail.html()).contains("Hello " + name.strip() + ",");
    }

    @Test
    void aSubjectIsNeverCutInsideACharacterMadeOfTwoChars() {
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-letter", "rose@family.example", null)
                .with("name", "🌙".repeat(200));

        var subject = renderer.render(letter, null).subject();

        assertThat(subject).hasSizeLessThanOrEqualTo(MailRenderer.SUBJECT_MAX).endsWith("…");
        assertThat(subject.codePoints()).allMatch(c -> c == "🌙".codePointAt(0) || c == '…');
    }

    @Test
    void everyKindOfLineBreakIsFoldedOutOfTheSubject() {
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-letter", "rose@family.example", null)
                .with("name", "Ana\rBcc: a@example.org\nTo: b@example.org\u2028Cc: c@example.org\u0085X: y\u000Bz\tq")
                .inFamily("The\r\nSilvas");

        var subject = renderer.render(letter, null).subject();

        assertThat(subject).isEqualTo("The Silvas: Ana Bcc: a@example.org To: b@example.org Cc: c@example.org X: y z q has news");
        assertThat(subject.chars()).noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    }

    @Test
    void theButtonsLabelAndLinkAreEscapedAndAValueCannotLeaveTheLinksPath() {
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-button", "rose@family.example", null)
                .with("name", "\"><img src=x onerror=alert(1)>")
                .with("page", "a\"b<c> d?e#f/../g");

        var mail = renderer.render(letter, null);

        assertThat(mail.html()).doesNotContain("<img")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;s page</a>")
                .contains("href=\"https://village.example/pages/a%22b%3Cc%3E%20d%3Fe%23f/../g\"");
        assertThat(mail.text()).contains("https://village.example/pages/a%22b%3Cc%3E%20d%3Fe%23f/../g");
    }

    @Test
    void theHtmlPartUsesInlineStylesOnlyAndReadsInDarkModeAndOnAPhone() {
        var letter = Letter.of(MailKind.MEMBERSHIP, "test-letter", "rose@family.example", null)
                .with("name", "Ana").inFamily("The Silvas");

        var html = renderer.render(letter, "s3cret").html();

        assertThat(html).doesNotContain("<style", "<link", "class=", "<script")
                .contains("<meta name=\"color-scheme\" content=\"light dark\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<title>The Silvas: Ana has news</title>")
                .contains("max-width:560px");
        assertThat(html.split("background:", -1)).as("one coloured thing: the button").hasSize(2);
        assertThat(html.split("href=\"https://village.example/things/s3cret\"", -1)).as("one button").hasSize(2);
    }

    @Test
    void lettersKeepTheirValuesThroughTheOutboxColumn() {
        var values = java.util.Map.of("name", "Zoë = \"ana\"\nsecond line", "message", "#not a comment: !");

        assertThat(LetterValues.decode(LetterValues.encode(values))).isEqualTo(values);
    }
}
