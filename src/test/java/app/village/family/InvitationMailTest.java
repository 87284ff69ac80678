package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.notification.MailDelivery;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.SignedIn;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An invitation by email, through a real SMTP server on loopback: the link in the mail that arrived lets a new
 * person join, sits beside the copy link until either is used, and a revoked or lapsed invitation's mail is never
 * sent.
 */
class InvitationMailTest extends LoopbackSmtp {

    private static final Pattern MAIL_LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]{43})");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired InvitationService invitations;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired InvitationSettings settings;
    @Autowired MailDelivery mailDelivery;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    SpaceId space;
    String roseEmail;
    String client;

    @BeforeEach
    void aMotherAndRosesAddress() {
        maya = family.mother();
        space = family.space();
        roseEmail = "rose-" + UUID.randomUUID() + "@family.example";
        client = "client-" + UUID.randomUUID();
    }

    @Test
    void theMotherInvitesRoseByEmailAndTheLinkInTheMailLetsHerJoin() throws Exception {
        family.as(maya);
        invitations.invite(space, new InvitationForm("Rose", "grandmother", FamilyRole.SUPPORTER, roseEmail,
                "Nights & naps: we'd love your help."));

        mailDelivery.deliverDue();

        var mail = onlyMailTo(roseEmail);
        assertThat(mail.getSubject()).startsWith("The Rivera family: Maya invited you");
        assertThat(mail.getContent()).isInstanceOf(Multipart.class);
        var text = partOf(mail, "text/plain");
        var html = partOf(mail, "text/html");
        assertThat(text).contains("Hello Rose,", "Nights & naps: we'd love your help.", "7 days");
        assertThat(html).contains("Nights &amp; naps: we&#39;d love your help.");
        var token = tokenIn(text);
        assertThat(html).contains("/invitation/" + token + "\"");

        var preview = invitations.preview(token, client).orElseThrow();
        assertThat(preview.spaceName()).isEqualTo("The Rivera family");
        assertThat(preview.inviteeName()).isEqualTo("Rose");

        var rose = register(roseEmail, "Rose");
        assertThat(invitations.accept(token, client)).isEqualTo(space);
        family.as(maya);
        assertThat(families.members(space)).extracting(MemberSummary::displayName).contains("Rose");
        assertThat(rose.accountId()).isNotNull();
    }

    @Test
    void theCopyLinkAndTheMailLinkBothWorkUntilEitherIsUsed() throws Exception {
        family.as(maya);
        var copyToken = FamilyTestData.tokenOf(invitations.invite(space,
                new InvitationForm("Rose", "", FamilyRole.SUPPORTER, roseEmail, "")).link());
        mailDelivery.deliverDue();
        var mailToken = tokenIn(partOf(onlyMailTo(roseEmail), "text/plain"));

        assertThat(mailToken).isNotEqualTo(copyToken);
        assertThat(invitations.preview(copyToken, client)).isPresent();
        assertThat(invitations.preview(mailToken, client)).isPresent();
        assertThat(jdbc.queryForList("select mail_token_hash from invitation", String.class)).doesNotContain(mailToken);

        register(roseEmail, "Rose");
        invitations.accept(copyToken, client);

        assertThat(invitations.preview(mailToken, client)).as("used up through the other link").isEmpty();
        assertThat(invitations.preview(copyToken, client)).isEmpty();
    }

    @Test
    void aMailForAnInvitationRevokedBeforeItWentOutIsNeverSentAndItsLinkWouldShowNothing() throws Exception {
        family.as(maya);
        var issued = invitations.invite(space, new InvitationForm("Rose", "", FamilyRole.SUPPORTER, roseEmail, ""));

        invitations.revoke(space, issued.invitationId());
        mailDelivery.deliverDue();

        assertThat(mailsTo(roseEmail)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_email where to_address = ? "
                + "and withdrawn_at is not null and sent_at is null", Integer.class, roseEmail)).isEqualTo(1);
    }

    @Test
    void revokingAfterTheMailWentOutStopsBothLinksAlike() throws Exception {
        family.as(maya);
        var issued = invitations.invite(space, new InvitationForm("Rose", "", FamilyRole.SUPPORTER, roseEmail, ""));
        mailDelivery.deliverDue();
        var mailToken = tokenIn(partOf(onlyMailTo(roseEmail), "text/plain"));

        invitations.revoke(space, issued.invitationId());

        assertThat(invitations.preview(mailToken, client)).isEmpty();
        assertThat(invitations.preview(FamilyTestData.tokenOf(issued.link()), client)).isEmpty();
    }

    @Test
    void aMailWhoseInvitationLapsedBeforeItCouldBeSentIsWithdrawnNotSent() throws Exception {
        family.as(maya);
        invitations.invite(space, new InvitationForm("Rose", "", FamilyRole.SUPPORTER, roseEmail, ""));

        family.clock().advance(settings.validFor().plus(Duration.ofMinutes(1)));
        mailDelivery.deliverDue();

        assertThat(mailsTo(roseEmail)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_email where to_address = ? "
                + "and withdrawn_at is not null and sent_at is null", Integer.class, roseEmail)).isEqualTo(1);
    }

    @Test
    void resendingMailsAFreshLinkAndEveryEarlierLinkOfBothKindsStops() throws Exception {
        family.as(maya);
        var first = invitations.invite(space, new InvitationForm("Rose", "", FamilyRole.SUPPORTER, roseEmail, ""));
        mailDelivery.deliverDue();
        var firstMailToken = tokenIn(partOf(onlyMailTo(roseEmail), "text/plain"));

        var second = invitations.reissue(space, first.invitationId());
        mailDelivery.deliverDue();

        var mails = mailsTo(roseEmail);
        assertThat(mails).hasSize(2);
        var secondMailToken = tokenIn(partOf(mails.get(1), "text/plain"));
        assertThat(invitations.preview(firstMailToken, client)).isEmpty();
        assertThat(invitations.preview(FamilyTestData.tokenOf(first.link()), client)).isEmpty();
        assertThat(invitations.preview(secondMailToken, client)).isPresent();
        assertThat(invitations.preview(FamilyTestData.tokenOf(second.link()), client)).isPresent();
    }

    private VillageUser register(String email, String name) {
        var id = accounts.register(new Registration(email, name, FamilyTestData.PASSWORD));
        SignedIn.as(id, name);
        return new VillageUser(id, name);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage onlyMailTo(String address) {
        var mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String tokenIn(String text) {
        var link = MAIL_LINK.matcher(text);
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
