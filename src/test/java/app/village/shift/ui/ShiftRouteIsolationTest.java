package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.security.VillageUser;
import app.village.shift.RespiteOfferForm;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.SleepWindowForm;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shift route, opened by a signed-in member of another family with that family's ids. */
class ShiftRouteIsolationTest extends ShiftUiTest {

    /** Another family with a shift, a sleep window and an offer, and Anna, who belongs to a family of her own only. */
    record TwoFamilies(UUID theirSpace, UUID theirShift, VillageUser anna, UUID annasSpace) {
    }

    private TwoFamilies twoFamilies() {
        return shared("isolation", () -> {
            var stranger = newAccount("Stranger Secretname");
            var theirSpace = spaceOf(stranger, "The Secret-Name family");
            var theirShift = shifts.create(theirSpace, new ShiftForm(ShiftKind.NIGHT, today(), LocalTime.of(22, 0),
                    null, LocalTime.of(6, 0), 1, "Hidden notes"));
            restService.setSleepWindow(theirSpace, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
            breakService.offerRespite(theirSpace, new RespiteOfferForm(today().plusDays(1), LocalTime.of(10, 0),
                    LocalTime.of(14, 0), "Secret walk"));
            var anna = newAccount("Anna");
            var annasSpace = spaceOf(anna, "Anna's family");
            return new TwoFamilies(theirSpace, theirShift, anna, annasSpace);
        });
    }

    private static void assertNothingOfTheirs(TwoFamilies families) {
        assertThat(everythingInThePage()).doesNotContain("Secret", "Hidden notes", families.theirSpace().toString(),
                families.theirShift().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/shifts", "/shifts/new", "/shifts/{shift}", "/rest"})
    void anotherFamilysAddressShowsNothingOfItAndLandsOnHerOwnSpace(String page) {
        var families = twoFamilies();

        open(families.anna(), "family/" + families.theirSpace() + page.replace("{shift}", families.theirShift().toString()));

        assertThat(currentPath()).as("she is taken to her own space").isEqualTo("family/" + families.annasSpace());
        assertThat(_get(H1.class).getText()).isEqualTo("Anna's family");
        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
        assertNothingOfTheirs(families);
    }

    @Test
    void herOwnSpaceWithTheirShiftIdSaysTheShiftIsGone() {
        var families = twoFamilies();

        open(families.anna(), ShiftNavigation.shiftPath(families.annasSpace(), families.theirShift()));

        var view = _get(ShiftView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("This shift is gone");
        assertThat(textOf(view)).contains("That shift is no longer there.");
        _assertNone(view, Button.class);
        assertNothingOfTheirs(families);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/shifts", "/shifts/new", "/shifts/{shift}", "/rest"})
    void aMadeUpSpaceIdGetsTheSameAnswer(String page) {
        var families = twoFamilies();

        open(families.anna(), "family/" + UUID.randomUUID() + page.replace("{shift}", UUID.randomUUID().toString()));

        assertThat(currentPath()).isEqualTo("family/" + families.annasSpace());
        NotificationsKt.expectNotifications("This family space is no longer shared with you.");
    }

    @Test
    void aShiftIdThatIsNotAnIdIsNotFound() {
        var families = twoFamilies();

        startAs(families.anna());
        // UI.navigate hands an address with no server route to the client-side router, which Karibu has not got;
        // a browser loading the address goes through Vaadin's router, so this does the same.
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui,
                new Location("family/" + families.annasSpace() + "/shifts/not-a-shift"), NavigationTrigger.PAGE_LOAD);

        _assertNone(ShiftView.class);
        assertThat(everythingInThePage()).contains("We couldn't find that page");
    }
}
