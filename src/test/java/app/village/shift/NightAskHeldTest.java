package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.AccountId;
import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.notification.MailDelivery;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.notification.OutboxForTests;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A night ask held for the asked person's quiet hours goes only if the night is still open when they end. */
class NightAskHeldTest extends LoopbackSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired NightAskService nightAsks;
    @Autowired RestService restService;
    @Autowired ShiftService shifts;
    @Autowired MailPreferencesService preferences;
    @Autowired AccountService accounts;
    @Autowired MailDelivery mailDelivery;
    @Autowired OutboxForTests outbox;

    @Test
    void anAskHeldWhileSomeoneElseTookTheNightIsWithdrawnAndAnAskForAnOpenNightStillGoes() throws Exception {
        at(12, 0);
        var maya = family.mother();
        var leo = family.person("Leo", FamilyRole.SUPPORTER);
        var bo = family.person("Bo", FamilyRole.SUPPORTER);
        var space = family.space();
        family.as(leo);
        preferences.saveMine(new MailPreferences(true, true, null, true, MailPreferences.DEFAULT_EVENING_BEFORE,
                MailPreferences.DEFAULT_BEFORE_START, LocalTime.of(11, 0), LocalTime.of(15, 0), BERLIN));
        var leoAddress = emailOf(leo);
        family.as(maya);
        restService.setSleepWindow(space, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var nights = restService.sleepCover(space).nights();
        var takenMeanwhile = nights.get(1).shiftId();
        var stillOpen = nights.get(2).shiftId();

        nightAsks.askToTakeNight(space, takenMeanwhile, AccountId.of(leo.accountId()));
        nightAsks.askToTakeNight(space, stillOpen, AccountId.of(leo.accountId()));
        mailDelivery.deliverDue();
        assertThat(outbox.rowsTo(leoAddress)).as("both held for Leo's quiet hours")
                .allSatisfy(row -> assertThat(row.heldSince()).isNotNull());

        family.as(bo);
        shifts.signUp(space, takenMeanwhile);
        at(15, 1);
        mailDelivery.deliverDue();

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        var text = Objects.requireNonNull(partOf(greenMail.getReceivedMessages()[0], "text/plain"));
        assertThat(text).contains("shifts/" + stillOpen).doesNotContain("shifts/" + takenMeanwhile);
        var rows = outbox.rowsTo(leoAddress);
        assertThat(rows).hasSize(2);
        var withdrawn = rows.stream()
                .filter(row -> row.letter().values().get("nightPath").endsWith("shifts/" + takenMeanwhile))
                .findFirst().orElseThrow();
        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(withdrawn.sentAt()).isNull();
    }

    private String emailOf(VillageUser who) {
        return accounts.namesOf(java.util.List.of(who.accountId())).get(who.accountId()).email();
    }

    private void at(int hour, int minute) {
        family.clock().set(LocalDateTime.of(2026, 12, 8, hour, minute).atZone(BERLIN).toInstant());
    }
}
