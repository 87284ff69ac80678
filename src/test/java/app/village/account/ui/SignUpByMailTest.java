package app.village.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.account.SignUpService;
import app.village.family.ui.FamilyNavigation;
import app.village.security.VillageUser;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.LoopbackSmtpServer;
import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Registration with mail on: the address is confirmed by a code that arrives through a real SMTP server (GreenMail
 * on loopback), and an address that has an account gets the very same page while its owner gets a notice.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignUpByMailTest extends KaribuUiTest implements LoopbackSmtpServer {

    static final Instant START = Instant.parse("2026-12-08T14:00:00Z");
    static final Pattern CODE_LINE = Pattern.compile("(?m)^(\\d{6})\\s*$");

    @Autowired AccountService accountService;
    @Autowired app.village.notification.MailDelivery mailDelivery;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    RegisterView view;

    @BeforeEach
    void openRegisterPageWithMailOn() throws Exception {
        clock.set(START);
        startSignedOut();
        openRegisterPage();
    }

    void openRegisterPage() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("register");
        view = _get(RegisterView.class);
    }

    void fillIn(String email, String displayName, String password) {
        _setValue(view.email, email);
        _setValue(view.displayName, displayName);
        _setValue(view.password, password);
        _click(view.create);
    }

    void enterCode(String code) {
        _setValue(view.code, code);
        _click(view.finish);
    }

    List<MimeMessage> mailTo(String address) throws Exception {
        mailDelivery.deliverDue();
        var mine = new ArrayList<MimeMessage>();
        for (var message : greenMail.getReceivedMessages()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                mine.add(message);
            }
        }
        return mine;
    }

    String codeMailedTo(String address) throws Exception {
        var mail = mailTo(address);
        assertThat(mail).as("one code mail").hasSize(1);
        var text = plainText(mail.getFirst());
        var code = CODE_LINE.matcher(text);
        assertThat(code.find()).as("a code in: %s", text).isTrue();
        greenMail.purgeEmailFromAllMailboxes();
        return code.group(1);
    }

    static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var text = plainText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    static String anotherCodeThan(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    int accountsWith(String email) {
        return jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email.toLowerCase());
    }

    int pendingSignUpsFor(String email) {
        return jdbc.queryForObject("select count(*) from pending_code where kind = 'sign-up' and email = ?", Integer.class,
                email.toLowerCase());
    }

    static @Nullable Object signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }

    /** What she can read on the page, top to bottom, with the address she typed in a neutral form. */
    List<String> visibleTexts(String typedAddress) {
        var texts = new ArrayList<String>();
        collect(view, texts);
        return texts.stream().map(text -> text.replace(typedAddress, "<address>")).toList();
    }

    private static void collect(Component component, List<String> texts) {
        if (component instanceof Text || !component.isVisible()) {
            return;
        }
        if (component instanceof TextFieldBase<?, ?> field) {
            texts.add(field.getLabel() + ": " + field.getValue() + (field.isInvalid() ? " / " + field.getErrorMessage() : ""));
            return;
        }
        if (component instanceof Button || component instanceof Paragraph) {
            texts.add(((HasText) component).getText());
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    /** Shown, and so is everything around it up to the page. */
    static boolean shown(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aNewAddressIsAskedForTheCodeFromTheMailAndTheRightCodeOpensTheAccountAndSignsHerIn() throws Exception {
        var email = uniqueEmail();

        fillIn(email, "Maya", GOOD_PASSWORD);

        assertThat(view.codeSent.getText()).isEqualTo("We've sent a 6-digit code to " + email
                + ". Enter it here to finish. It works for 30 minutes.");
        assertThat(List.of(view.code, view.finish, view.sendNewCode, view.useAnotherAddress))
                .allMatch(SignUpByMailTest::shown);
        assertThat(shown(view.email) || shown(view.create)).as("the form makes way for the code").isFalse();
        assertThat(accountsWith(email)).as("no account before the code").isZero();
        assertThat(signedIn()).isNull();

        var mail = mailTo(email);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Your code to finish creating your Village account");
        assertThat(plainText(mail.getFirst())).doesNotContain("Maya");
        var code = CODE_LINE.matcher(plainText(mail.getFirst()));
        assertThat(code.find()).isTrue();

        enterCode(code.group(1));

        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(signedIn()).isInstanceOfSatisfying(VillageUser.class,
                user -> assertThat(user.displayName()).isEqualTo("Maya"));
        assertThat(pendingSignUpsFor(email)).as("the pending sign-up is done").isZero();
        assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class, email))
                .as("the hash made when she created it").startsWith("$argon2id$");
    }

    @Test
    void fiveWrongCodesEndTheSignUpAndTheRightOneThenOpensNothing() throws Exception {
        var email = uniqueEmail();
        fillIn(email, "Maya", GOOD_PASSWORD);
        var code = codeMailedTo(email);

        for (int i = 1; i < 5; i++) {
            enterCode(anotherCodeThan(code));
            assertThat(view.code.getErrorMessage()).as("wrong code %s", i).isEqualTo(SignUpService.WRONG_CODE);
        }
        enterCode(anotherCodeThan(code));

        assertThat(shown(view.email) && !shown(view.code)).as("back at the form").isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo(SignUpService.CODE_ENDED);
        assertThat(pendingSignUpsFor(email)).isZero();
        assertThat(accountsWith(email)).isZero();
        assertThat(signedIn()).isNull();
    }

    @Test
    void theCodeStopsWorkingAfterThirtyMinutes() throws Exception {
        var email = uniqueEmail();
        fillIn(email, "Maya", GOOD_PASSWORD);
        var code = codeMailedTo(email);

        clock.advance(Duration.ofMinutes(30));
        enterCode(code);

        assertThat(view.email.getErrorMessage()).isEqualTo(SignUpService.CODE_ENDED);
        assertThat(accountsWith(email)).isZero();
        assertThat(signedIn()).isNull();
    }

    @Test
    void aNewCodeReplacesTheOneBefore() throws Exception {
        var email = uniqueEmail();
        fillIn(email, "Maya", GOOD_PASSWORD);
        var first = codeMailedTo(email);

        _click(view.sendNewCode);
        var second = codeMailedTo(email);
        assertThat(view.newCodeSent.getText()).isEqualTo("We've sent a new code. The one before no longer works.");
        if (!first.equals(second)) {
            enterCode(first);
            assertThat(view.code.getErrorMessage()).isEqualTo(SignUpService.WRONG_CODE);
        }
        enterCode(second);

        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(signedIn()).isNotNull();
    }

    @Test
    void anAddressWithAnAccountAndAnotherPasswordSeesTheSamePageOpensNothingAndItsOwnerIsToldOnceAnHour()
            throws Exception {
        var newAddress = uniqueEmail();
        fillIn(newAddress, "Leo", "a different long passphrase");
        var newAddressPage = visibleTexts(newAddress);

        var taken = uniqueEmail();
        var owner = accountService.register(new Registration(taken, "Maya", GOOD_PASSWORD));
        openRegisterPage();
        fillIn(taken, "Leo", "a different long passphrase");

        assertThat(visibleTexts(taken)).as("the same words, field by field").isEqualTo(newAddressPage);
        assertThat(signedIn()).isNull();
        assertThat(accountsWith(taken)).isEqualTo(1);
        var notice = mailTo(taken);
        assertThat(notice).hasSize(1);
        assertThat(notice.getFirst().getSubject())
                .isEqualTo("Someone tried to create a Village account with your address");
        assertThat(plainText(notice.getFirst())).contains("Hello Maya,").contains("forgot-password")
                .contains("/login").doesNotContain("Leo").doesNotContainPattern(CODE_LINE);

        enterCode("123456");
        assertThat(view.code.getErrorMessage()).as("any code, the words of a wrong one")
                .isEqualTo(SignUpService.WRONG_CODE);
        assertThat(signedIn()).isNull();

        greenMail.purgeEmailFromAllMailboxes();
        clock.advance(Duration.ofMinutes(59));
        openRegisterPage();
        fillIn(taken, "Leo", "a different long passphrase");
        assertThat(visibleTexts(taken)).isEqualTo(newAddressPage);
        _click(view.sendNewCode);
        assertThat(mailTo(taken)).as("no second notice within the hour").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        openRegisterPage();
        fillIn(taken, "Leo", "a different long passphrase");
        assertThat(mailTo(taken)).as("an hour later, one more").hasSize(1);
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, owner))
                .as("nothing of hers changed").isEqualTo("Maya");
    }

    @Test
    void useADifferentAddressGoesBackToTheFormAndTheNewAddressGetsItsOwnCode() throws Exception {
        var mistyped = uniqueEmail();
        fillIn(mistyped, "Maya", GOOD_PASSWORD);

        _click(view.useAnotherAddress);
        assertThat(shown(view.email) && !shown(view.code)).isTrue();
        assertThat(view.displayName.getValue()).as("what she typed stays").isEqualTo("Maya");
        var email = uniqueEmail();
        _setValue(view.email, email);
        _click(view.create);

        assertThat(view.codeSent.getText()).contains(email);
        enterCode(codeMailedTo(email));
        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(accountsWith(mistyped)).isZero();
    }

    @Test
    void anAddressWithAnAccountAndItsOwnPasswordSignsHerInWithoutMail() throws Exception {
        var email = uniqueEmail();
        var id = accountService.register(new Registration(email, "Maya", GOOD_PASSWORD));

        fillIn(email, "Maya", GOOD_PASSWORD);

        assertThat(signedIn()).isEqualTo(new VillageUser(id, "Maya"));
        assertThat(mailTo(email)).isEmpty();
        assertThat(pendingSignUpsFor(email)).isZero();
    }

    @Test
    void anInvitationSheOpenedBeforeSigningUpStillOpensAfterTheCode() throws Exception {
        var token = "AbC-123_xyz";
        VaadinSession.getCurrent().getSession().setAttribute(FamilyNavigation.PENDING_INVITATION, token);
        var email = uniqueEmail();
        fillIn(email, "Leo", GOOD_PASSWORD);

        enterCode(codeMailedTo(email));

        assertThat(signedIn()).isNotNull();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(FamilyNavigation.PENDING_INVITATION))
                .as("kept through the sign-in's new session id").isEqualTo(token);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("invitation/" + token);
    }

    @Test
    void noAddressNameOrCodeReachesTheLog(CapturedOutput output) throws Exception {
        var email = uniqueEmail();
        var taken = uniqueEmail();
        accountService.register(new Registration(taken, "Rosalind", GOOD_PASSWORD));

        fillIn(taken, "Ottoline", "a different long passphrase");
        mailTo(taken);
        openRegisterPage();
        fillIn(email, "Ottoline", GOOD_PASSWORD);
        var code = codeMailedTo(email);
        enterCode(anotherCodeThan(code));
        enterCode(code);
        assertThat(signedIn()).isNotNull();

        // GreenMail, the test's stand-in for the mail server, logs the mailboxes it makes; Village's own lines are checked.
        var villageLog = output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(villageLog).contains("Sign-up").doesNotContainIgnoringCase(email)
                .doesNotContainIgnoringCase(taken).doesNotContain("Ottoline").doesNotContain("Rosalind")
                .doesNotContain(code).doesNotContain(anotherCodeThan(code));
    }
}
