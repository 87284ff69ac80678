package app.village.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.testsupport.KaribuUiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsSectionTest extends KaribuUiTest {

    @Autowired MailPreferencesService preferences;

    private NotificationsSection openAccountPageAs(String name) {
        startAs(newAccount(name));
        UI.getCurrent().navigate("account");
        return _get(NotificationsSection.class);
    }

    @Test
    void theSectionIsWhereTheMailFooterLinksTo() {
        var section = openAccountPageAs("Rose");

        assertThat(section.getId()).contains("notifications");
        assertThat(section.getElement().getTextRecursively()).contains("Notifications", "Quiet hours");
    }

    @Test
    void aNewPersonSeesTheDefaults() {
        var section = openAccountPageAs("Rose");

        assertThat(section.membership.getValue()).isTrue();
        assertThat(section.reminders.getValue()).isTrue();
        assertThat(section.eveningBefore.getValue()).isTrue();
        assertThat(section.eveningBeforeAt.getValue()).isEqualTo(LocalTime.of(18, 0));
        assertThat(section.beforeStartBy.getValue()).isEqualTo(Duration.ofHours(1));
        assertThat(section.digest.getValue()).isEqualTo(NotificationsSection.DigestChoice.BY_ROLE);
        assertThat(section.quietHours.getValue()).isFalse();
        assertThat(section.quietFrom.isEnabled()).isFalse();
    }

    @Test
    void savingKeepsWhatSheChoseAndSaysSaved() {
        var section = openAccountPageAs("Rose");

        _setValue(section.reminders, true);
        _setValue(section.eveningBefore, false);
        _setValue(section.beforeStartBy, Duration.ofHours(2));
        _setValue(section.digest, NotificationsSection.DigestChoice.ON);
        _setValue(section.changes, false);
        _setValue(section.quietHours, true);
        _setValue(section.quietFrom, LocalTime.of(21, 30));
        _setValue(section.quietUntil, LocalTime.of(6, 45));
        _setValue(section.quietZone, "Europe/Berlin");
        _click(section.save);

        NotificationsKt.expectNotifications("Saved");
        var saved = preferences.mine();
        assertThat(saved).isEqualTo(new MailPreferences(true, true, true, false, null, Duration.ofHours(2),
                LocalTime.of(21, 30), LocalTime.of(6, 45), ZoneId.of("Europe/Berlin")));

        UI.getCurrent().navigate("account");
        var again = _get(NotificationsSection.class);
        assertThat(again.eveningBefore.getValue()).isFalse();
        assertThat(again.quietHours.getValue()).isTrue();
        assertThat(again.quietZone.getValue()).isEqualTo("Europe/Berlin");
    }

    @Test
    void quietHoursThatEndWhenTheyBeginAreRefusedNextToTheEndAndNothingIsSaved() {
        var section = openAccountPageAs("Rose");

        _setValue(section.membership, false);
        _setValue(section.quietHours, true);
        _setValue(section.quietFrom, LocalTime.of(22, 0));
        _setValue(section.quietUntil, LocalTime.of(22, 0));
        _click(section.save);

        assertThat(section.quietUntil.isInvalid()).isTrue();
        assertThat(section.quietUntil.getErrorMessage()).isEqualTo(
                "Quiet hours need to end at a different time than they begin.");
        assertThat(preferences.mine()).isEqualTo(MailPreferences.defaults());
    }

    @Test
    void quietHoursWithoutAStartAreRefusedNextToTheStart() {
        var section = openAccountPageAs("Rose");

        _setValue(section.quietHours, true);
        section.quietFrom.clear();
        _click(section.save);

        assertThat(section.quietFrom.isInvalid()).isTrue();
        assertThat(section.quietFrom.getErrorMessage()).isEqualTo("Please choose when your quiet hours begin.");
        assertThat(preferences.mine().quietFrom()).isNull();
    }

    @Test
    void anEveningReminderWithoutATimeIsRefusedNextToTheTime() {
        var section = openAccountPageAs("Rose");

        section.eveningBeforeAt.clear();
        _click(section.save);

        assertThat(section.eveningBeforeAt.isInvalid()).isTrue();
        assertThat(section.eveningBeforeAt.getErrorMessage()).isNotBlank();
    }
}
