package app.village;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.base.Countries;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.SpaceForm;
import app.village.notification.MailDelivery;
import app.village.testsupport.BrowserTest;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.SignedIn;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13's journey in the real browser, with mail going through a real SMTP server on loopback (GreenMail):
 * the mother invites her sister by email; the sister opens the link from the mail that arrived, signs up (her
 * address confirmed by the code that arrived) and joins; later she uses "Forgot your password?" and logs in with
 * the new one.
 * <p>Unlike the other browser tests this one configures mail, so it runs in an application context of its own.
 */
@ExtendWith(SecurityContextOfThisApplication.class)
class MailJourneyE2ETest extends BrowserTest {

    static final GreenMail greenMail = startGreenMail();

    static GreenMail startGreenMail() {
        var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void useGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @AfterAll
    static void stopGreenMail() {
        greenMail.stop();
    }

    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/(invitation/[A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/(reset-password/[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired AccountService accounts;
    @Autowired FamilyService families;
    @Autowired MailDelivery mailDelivery;

    @Test
    void herSisterJoinsThroughTheMailedLinkThenSetsANewPasswordThroughTheMailedResetLink() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var mayaEmail = "e2e-maya-" + suffix + "@example.org";
        var lenaEmail = "e2e-lena-" + suffix + "@example.org";
        var maya = accounts.register(new Registration(mayaEmail, "Maya " + suffix, FamilyTestData.PASSWORD));
        var familyName = "The Rivera family " + suffix;
        SignedIn.as(maya, "Maya " + suffix);
        var spaceId = families.createSpace(new SpaceForm(familyName, "", null, false, "Europe/Berlin", "", "", "",
                "", false, Countries.DEFAULT));
        SignedIn.nobody();

        // The mother invites her sister by email.
        open(Viewport.PHONE);
        logIn(mayaEmail, FamilyTestData.PASSWORD);
        navigate("family/" + spaceId + "/invite");
        textbox("Name").fill("Lena");
        textbox("Email (optional)").fill(lenaEmail);
        button("Create invitation link").click();
        assertThat(page.getByText(Pattern.compile("We've emailed Lena the link"))).isVisible();
        context.close();

        var invitationMail = onlyMailTo(lenaEmail);
        assertThat(invitationMail.getSubject()).startsWith(familyName + ": ");
        var invitationPath = find(INVITATION_LINK, textOf(invitationMail));

        // The sister opens the link from the mail, signs up, confirms her address with the mailed code, and joins.
        open(Viewport.PHONE);
        navigate(invitationPath);
        button("Create an account").click();
        assertThat(textbox("Email")).hasValue(lenaEmail);
        textbox("Your name").fill("Lena " + suffix);
        textbox("Password").fill(FamilyTestData.PASSWORD);
        button("Create account").click();
        assertThat(page.getByText(Pattern.compile("We've sent a 6-digit code to"))).isVisible();
        var code = find(CODE, textOf(onlyMailTo(lenaEmail)));
        textbox("Code from the mail").fill(code);
        button("Finish").click();
        button("Join " + familyName).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(familyName))).isVisible();
        logOut();

        // Later she has forgotten her password: the login page's link, the mailed reset link, the new password.
        navigate("login");
        link("Forgot your password?").click();
        // The login page has an Email field too: wait for the new page before typing.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Forgot your password?")))
                .isVisible();
        textbox("Email").fill(lenaEmail);
        button("Send me a link").click();
        assertThat(page.getByText(Pattern.compile("If there is an account for that address"))).isVisible();
        var resetPath = find(RESET_LINK, textOf(onlyMailTo(lenaEmail)));
        navigate(resetPath);
        var newPassword = "quiet mornings with tea and toast";
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password").setExact(true))
                .fill(newPassword);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password again").setExact(true))
                .fill(newPassword);
        button("Set my new password").click();
        assertThat(page.getByText("Your new password is set.")).isVisible();
        logOut();

        logIn(lenaEmail, newPassword);
        assertThat(signedOutHeader()).hasCount(0);
    }

    /** Sends what is due and returns the one new message to this address (and forgets it for the next call). */
    private MimeMessage onlyMailTo(String address) throws Exception {
        mailDelivery.deliverDue();
        var mine = Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
        assertThat(mine).as("mail to the sister").hasSize(1);
        greenMail.purgeEmailFromAllMailboxes();
        return mine.getFirst();
    }

    private static String textOf(MimeMessage message) throws Exception {
        var text = LoopbackSmtp.partOf(message, "text/plain");
        assertThat(text).as("the text part").isNotNull();
        return text;
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
