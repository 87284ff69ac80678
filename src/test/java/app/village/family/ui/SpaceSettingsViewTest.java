package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class SpaceSettingsViewTest extends FamilySpaceUiTest {

    private SpaceSettingsView openSettings(VillageUser who, SpaceId spaceId) {
        startAs(who);
        UI.getCurrent().navigate("family/" + spaceId + "/settings");
        return _get(SpaceSettingsView.class);
    }

    @Test
    void theOwnerSavesTheNameAndHouseholdNotes() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var view = openSettings(maya, spaceId);
        assertThat(view.fields.name.getValue()).isEqualTo("The Rivera family");
        assertThat(view.fields.timeZone.getValue()).isEqualTo("Europe/Helsinki");

        _setValue(view.fields.name, "The Rivera-Okafor family");
        _setValue(view.fields.dietNotes, "No peanuts, vegetarian");
        _setValue(view.fields.dropOffNotes, "Text, don't knock");
        _setValue(view.fields.quietHours, "1 to 4 pm");
        _setValue(view.fields.address, "12 Elm Street");
        _setValue(view.fields.organizersMayInvite, true);
        _click(view.save);

        NotificationsKt.expectNotifications("Settings saved.");
        assertThat(linkTexts(view)).contains("The Rivera-Okafor family");
        var saved = familyService.space(spaceId).settings();
        assertThat(saved.name()).isEqualTo("The Rivera-Okafor family");
        assertThat(saved.dietNotes()).isEqualTo("No peanuts, vegetarian");
        assertThat(saved.dropOffNotes()).isEqualTo("Text, don't knock");
        assertThat(saved.quietHours()).isEqualTo("1 to 4 pm");
        assertThat(saved.address()).isEqualTo("12 Elm Street");
        assertThat(saved.organizersMayInvite()).isTrue();
    }

    @Test
    void aBlankNameOrOverlongNotesAreRefusedNextToTheirFieldsAndNothingChanges() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var view = openSettings(maya, spaceId);

        _setValue(view.fields.name, "");
        _setValue(view.fields.dropOffNotes, "x".repeat(1001));
        _setValue(view.fields.address, "<img src=x>");
        _click(view.save);

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.dropOffNotes.isInvalid()).isTrue();
        assertThat(view.fields.dropOffNotes.getErrorMessage()).isEqualTo("Please keep this to 1,000 characters or fewer.");
        assertThat(view.fields.address.isInvalid()).isTrue();
        var unchanged = familyService.space(spaceId).settings();
        assertThat(unchanged.name()).isEqualTo("The Rivera family");
        assertThat(unchanged.dropOffNotes()).isEmpty();
        assertThat(unchanged.address()).isEmpty();
    }

    @Test
    void theOwnerChoosesTheFamilysCountryForTheHelpLines() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var view = openSettings(maya, spaceId);
        assertThat(view.fields.country.getValue()).isEqualTo("US");
        assertThat(view.fields.country.getItemLabelGenerator().apply("GB")).isEqualTo("United Kingdom");

        _setValue(view.fields.country, "GB");
        _click(view.save);

        NotificationsKt.expectNotifications("Settings saved.");
        assertThat(familyService.space(spaceId).settings().country()).isEqualTo("GB");
        assertThat(openSettings(maya, spaceId).fields.country.getValue()).isEqualTo("GB");
    }

    @Test
    void aCountryCodeThatIsNotOneIsRefusedNextToTheFieldAndNothingIsStored() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var view = openSettings(maya, spaceId);

        _setValue(view.fields.name, "The Rivera-Okafor family");
        _setValue(view.fields.country, "XX");
        _click(view.save);

        assertThat(view.fields.country.isInvalid()).isTrue();
        assertThat(view.fields.country.getErrorMessage()).isEqualTo("Please choose a country from the list.");
        NotificationsKt.expectNoNotifications();
        var unchanged = familyService.space(spaceId).settings();
        assertThat(unchanged.country()).isEqualTo("US");
        assertThat(unchanged.name()).isEqualTo("The Rivera family");
    }

    @Test
    void aSupporterIsToldTheSettingsAreForOwnersAndSeesNoForm() {
        var maya = newAccount("Maya");
        var rose = newAccount("Grandma Rose");
        var spaceId = spaceOf(maya, "The Rivera family");
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);

        var view = openSettings(rose, spaceId);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Only owners can open this page");
        _assertNone(view, TextField.class);
    }

    @Test
    void deletingNeedsTheSpacesNameTypedAndThenRemovesItForGood() {
        var maya = newAccount("Maya");
        var spaceId = spaceOf(maya, "The Rivera family");
        var view = openSettings(maya, spaceId);

        _click(view.delete);
        MockVaadin.clientRoundtrip(false);
        _setValue(view.typedName, "The Rivera");
        _click(view.confirmDelete);

        assertThat(view.typedName.isInvalid()).isTrue();
        assertThat(view.typedName.getErrorMessage()).isEqualTo("Type the space's name exactly as it is shown to confirm.");
        assertThat(view.deleteDialog.isOpened()).isTrue();
        assertThat(familyService.mySpaces()).hasSize(1);

        _setValue(view.typedName, "the rivera family ");
        _click(view.confirmDelete);

        assertThat(familyService.mySpaces()).isEmpty();
        assertThat(currentPath()).isEmpty();
        _get(StartView.class);
    }
}
