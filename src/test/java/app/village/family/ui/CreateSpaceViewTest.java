package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CreateSpaceViewTest extends FamilySpaceUiTest {

    private CreateSpaceView openAs(String name) {
        startAs(newAccount(name));
        UI.getCurrent().navigate("spaces/new");
        return _get(CreateSpaceView.class);
    }

    @Test
    void creatingASpaceOpensItsHomeWithHerInTheCircle() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "The Rivera family");
        _setValue(view.fields.babyName, "Leo");
        _click(view.create);

        var home = _get(FamilyHomeView.class);
        assertThat(_get(home, H1.class).getText()).isEqualTo("The Rivera family");
        assertThat(_get(home, UnorderedList.class, spec -> spec.withClasses("circle")).getElement().getTextRecursively())
                .contains("Maya (you)", "Owner");
        var spaces = familyService.mySpaces();
        assertThat(spaces).singleElement().satisfies(space -> {
            assertThat(space.name()).isEqualTo("The Rivera family");
            assertThat(currentPath()).isEqualTo("family/" + space.id());
        });
    }

    @Test
    void theTimeZoneStartsWithAZoneAndTheBabysDueDateShowsOnTheHome() {
        var view = openAs("Maya");
        var due = LocalDate.now().plusMonths(2);

        assertThat(view.fields.timeZone.getValue()).isNotBlank();
        _setValue(view.fields.name, "The Rivera family");
        _setValue(view.fields.babyName, "Leo");
        _setValue(view.fields.babyDate, due);
        _setValue(view.fields.timeZone, "Europe/Helsinki");
        _click(view.create);

        var home = _get(FamilyHomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("Leo is due on " + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(due));
        var spaceId = familyService.mySpaces().getFirst().id();
        assertThat(familyService.space(spaceId).zone().getId()).isEqualTo("Europe/Helsinki");
    }

    @Test
    void aBlankNameIsRefusedNextToTheNameFieldAndNothingIsStored() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "   ");
        _click(view.create);

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.name.getErrorMessage()).contains("Please give the space a name");
        assertThat(familyService.mySpaces()).isEmpty();
        assertThat(currentPath()).isEqualTo("spaces/new");
    }

    @Test
    void aFiveHundredCharacterNameIsRefusedNextToTheNameFieldAndNothingIsStored() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "R".repeat(500));
        _click(view.create);

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.name.getErrorMessage()).isEqualTo("Please keep the name to 80 characters or fewer.");
        assertThat(familyService.mySpaces()).isEmpty();
    }

    @Test
    void aNameWithMarkupIsRefusedNextToTheNameFieldAndNothingIsStored() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "<b>x</b>");
        _click(view.create);

        assertThat(view.fields.name.isInvalid()).isTrue();
        assertThat(view.fields.name.getErrorMessage()).isEqualTo("Please use plain text, without < or > characters.");
        assertThat(familyService.mySpaces()).isEmpty();
    }

    @Test
    void aBabysNameWithMarkupIsRefusedNextToThatFieldOnly() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "The Rivera family");
        _setValue(view.fields.babyName, "<script>x</script>");
        _click(view.create);

        assertThat(view.fields.babyName.isInvalid()).isTrue();
        assertThat(view.fields.name.isInvalid()).isFalse();
        assertThat(familyService.mySpaces()).isEmpty();
    }

    @Test
    void aDateYearsAwayIsRefusedNextToTheDateField() {
        var view = openAs("Maya");

        _setValue(view.fields.name, "The Rivera family");
        view.fields.babyDate.setValue(LocalDate.now().plusYears(3));
        _click(view.create);

        assertThat(view.fields.babyDate.isInvalid()).isTrue();
        assertThat(familyService.mySpaces()).isEmpty();
    }
}
