package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.family.FamilyTestData;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailPreferencesServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired MailPreferencesService preferences;
    @Autowired MailPreferencesRepository stored;
    @Autowired QuietHours quietHours;
    @Autowired AccountService accountService;
    @Autowired MailOutbox mailOutbox;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired TransactionTemplate transactions;

    static MailPreferences withQuietHours(LocalTime from, LocalTime until) {
        var defaults = MailPreferences.defaults();
        return new MailPreferences(defaults.membership(), defaults.reminders(), defaults.digest(), defaults.changes(),
                defaults.eveningBeforeAt(), defaults.beforeStart(), from, until, BERLIN);
    }

    /** A person with an account and no family, signed in. */
    private VillageUser signedIn(String name) {
        var who = family.stranger(name);
        family.as(who);
        return who;
    }

    @Test
    void someoneWhoNeverSavedHasTheDefaults() {
        var rose = family.stranger("Rose");

        assertThat(preferences.of(rose.accountId())).isEqualTo(MailPreferences.defaults());
    }

    @Test
    void turningRemindersOffIsSeenByTheSystemSide() {
        var rose = signedIn("Rose");
        var defaults = MailPreferences.defaults();

        preferences.saveMine(new MailPreferences(true, false, false, true, null, Duration.ofMinutes(30),
                null, null, null));

        var seen = preferences.of(rose.accountId());
        assertThat(seen.reminders()).isFalse();
        assertThat(seen.wants(MailKind.REMINDER, false)).isFalse();
        assertThat(seen.digest()).isFalse();
        assertThat(seen.eveningBeforeAt()).isNull();
        assertThat(seen.beforeStart()).isEqualTo(Duration.ofMinutes(30));
        assertThat(seen).isNotEqualTo(defaults);
        assertThat(preferences.mine()).isEqualTo(seen);
    }

    @Test
    void savingChangesOnlyTheSignedInPersonsOwnPreferences() {
        var ivy = signedIn("Ivy");
        preferences.saveMine(withQuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        var rose = signedIn("Rose");

        preferences.saveMine(new MailPreferences(false, false, false, false, null, null, null, null, null));

        assertThat(preferences.of(rose.accountId()).membership()).isFalse();
        assertThat(preferences.of(ivy.accountId())).isEqualTo(withQuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        assertThat(stored.findAll()).extracting(StoredMailPreferences::getAccountId)
                .contains(ivy.accountId(), rose.accountId());
    }

    @Test
    void quietHoursNeedBothEndsAndTwoDifferentTimes() {
        var rose = signedIn("Rose");

        assertThatThrownBy(() -> preferences.saveMine(withQuietHours(null, LocalTime.of(7, 0))))
                .isInstanceOfSatisfying(MailPreferencesProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(MailPreferencesProblem.Field.QUIET_FROM));
        assertThatThrownBy(() -> preferences.saveMine(withQuietHours(LocalTime.of(22, 0), null)))
                .isInstanceOfSatisfying(MailPreferencesProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(MailPreferencesProblem.Field.QUIET_UNTIL));
        assertThatThrownBy(() -> preferences.saveMine(withQuietHours(LocalTime.of(22, 15), LocalTime.of(22, 15))))
                .isInstanceOfSatisfying(MailPreferencesProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(MailPreferencesProblem.Field.QUIET_UNTIL));
        assertThatThrownBy(() -> preferences.saveMine(new MailPreferences(true, true, null, true, null,
                Duration.ofMinutes(45), null, null, null)))
                .isInstanceOfSatisfying(MailPreferencesProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo(MailPreferencesProblem.Field.BEFORE_START));

        assertThat(stored.findById(rose.accountId())).as("nothing half-written").isEmpty();
        preferences.saveMine(withQuietHours(LocalTime.of(22, 15), LocalTime.of(6, 45)));
        assertThat(preferences.of(rose.accountId()).quietFrom()).isEqualTo(LocalTime.of(22, 15));
    }

    @Test
    void quietHoursHoldUntilTheyEndOnHerClock() {
        var rose = signedIn("Rose");
        preferences.saveMine(withQuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));

        var lateEvening = Instant.parse("2026-12-08T22:30:00Z"); // 23:30 in Berlin
        assertThat(quietHours.heldUntil(rose.accountId(), lateEvening))
                .contains(Instant.parse("2026-12-09T06:00:00Z"));
        assertThat(quietHours.heldUntil(rose.accountId(), Instant.parse("2026-12-09T06:00:00Z"))).isEmpty();
        assertThat(quietHours.heldUntil(family.stranger("Ivy").accountId(), lateEvening)).isEmpty();
    }

    @Test
    void nobodySignedInCanReadOrSavePreferences() {
        family.signOut();

        assertThatThrownBy(() -> preferences.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> preferences.saveMine(MailPreferences.defaults()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void deletingAnAccountWithdrawsHerWaitingMailAndDeletesHerPreferences() {
        var rose = signedIn("Rose");
        preferences.saveMine(withQuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        var address = accountService.myAccount().email();
        transactions.executeWithoutResult(status -> mailOutbox.record(
                Letter.of(MailKind.CHANGES, "test-letter", address, rose.accountId()).with("name", "Rose")));
        var someoneElse = family.stranger("Ivy");
        transactions.executeWithoutResult(status -> mailOutbox.record(
                Letter.of(MailKind.CHANGES, "test-letter", "ivy@village.example", someoneElse.accountId())));
        family.as(rose);

        accountService.deleteMyAccount(FamilyTestData.PASSWORD);

        assertThat(stored.findById(rose.accountId())).isEmpty();
        assertThat(preferences.of(rose.accountId())).isEqualTo(MailPreferences.defaults());
        assertThat(outbox.findByToAddress(address)).singleElement()
                .satisfies(email -> assertThat(email.getWithdrawnAt()).isNotNull());
        assertThat(outbox.findByToAddress("ivy@village.example")).singleElement()
                .satisfies(email -> assertThat(email.getWithdrawnAt()).as("others' mail stays").isNull());
    }
}
