package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountId;
import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.notification.MailKind;
import app.village.notification.OutboxForTests;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The mother asks one person of her circle to take a night nobody has taken: the ask goes to that person only. */
@IntegrationTest
class NightAskServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired AccountService accounts;
    @Autowired ShiftService shifts;
    @Autowired RestService restService;
    @Autowired NightAskService nightAsks;
    @Autowired OutboxForTests mail;

    VillageUser maya;
    VillageUser leo;
    VillageUser bo;
    SpaceId space;
    ShiftId tomorrowNight;

    @BeforeEach
    void aMotherWithHerSleepProtected() {
        maya = family.mother();
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        bo = family.person("Bo", FamilyRole.VIEWER);
        space = family.space();
        family.as(maya);
        restService.setSleepWindow(space, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        tomorrowNight = restService.sleepCover(space).nights().get(1).shiftId();
    }

    String emailOf(VillageUser user) {
        return accounts.namesOf(List.of(user.accountId())).get(user.accountId()).email();
    }

    @Test
    void theAskGoesToThePersonSheChoseAndNoOneElse() {
        assertThat(nightAsks.peopleToAsk(space)).extracting(NightAskService.Person::name).containsExactly("Leo");

        nightAsks.askToTakeNight(space, tomorrowNight, AccountId.of(leo.accountId()));

        assertThat(mail.waitingFor(emailOf(leo))).isEqualTo(1);
        assertThat(mail.waitingFor(emailOf(bo))).isZero();
        var ask = mail.lettersTo(emailOf(leo)).getFirst();
        assertThat(ask.template()).isEqualTo("night-ask");
        assertThat(ask.kind()).isEqualTo(MailKind.CHANGES);
        assertThat(ask.toAccountId()).isEqualTo(leo.accountId());
        assertThat(ask.familyName()).isEqualTo("The Rivera family");
        assertThat(ask.secret()).isNull();
        assertThat(ask.values()).containsEntry("asker", "Maya").containsEntry("person", "Leo")
                .containsEntry("nightPath", "family/" + space + "/shifts/" + tomorrowNight);
        assertThat(ask.values().get("night")).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("EEEE, MMMM d", java.util.Locale.US).format(restService.sleepCover(space).nights().get(1).day()));
        assertThat(restService.sleepCover(space).nights().get(1).covered()).as("the night stays open for anyone").isFalse();
    }

    @Test
    void aViewerOrAnOutsiderCannotBeAsked() {
        assertThatThrownBy(() -> nightAsks.askToTakeNight(space, tomorrowNight, AccountId.of(bo.accountId())))
                .isInstanceOf(ShiftProblem.class);
        assertThatThrownBy(() -> nightAsks.askToTakeNight(space, tomorrowNight, AccountId.of(UUID.randomUUID())))
                .isInstanceOf(ShiftProblem.class);
        assertThat(mail.waitingFor(emailOf(bo))).isZero();
    }

    @Test
    void aNightSomeoneTookIsNotAskedFor() {
        family.as(leo);
        shifts.signUp(space, tomorrowNight);
        family.as(maya);

        assertThatThrownBy(() -> nightAsks.askToTakeNight(space, tomorrowNight, AccountId.of(leo.accountId())))
                .isInstanceOf(ShiftProblem.class).hasMessage("Someone has already taken this night.");
        assertThat(mail.waitingFor(emailOf(leo))).isZero();
    }

    @Test
    void onlyTheMotherAsksForHerNights() {
        family.as(leo);
        assertThatThrownBy(() -> nightAsks.askToTakeNight(space, tomorrowNight, AccountId.of(leo.accountId())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> nightAsks.peopleToAsk(space)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aShiftThatIsNotANightIsNotAskedFor() {
        var visit = shifts.create(space, ShiftForm.of(ShiftKind.VISIT, LocalDate.now().plusDays(2), LocalTime.of(15, 0),
                LocalTime.of(16, 0)));

        assertThatThrownBy(() -> nightAsks.askToTakeNight(space, visit, AccountId.of(leo.accountId())))
                .isInstanceOf(ShiftProblem.class).hasMessage("That shift is no longer there.");
    }
}
