package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every family route, opened by a signed-in member of another family with this family's id. */
class FamilyRouteIsolationTest extends FamilySpaceUiTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "/members", "/invite", "/settings", "/activity"})
    void anotherFamilysAddressShowsNothingOfItAndLandsOnHerOwnStartPage(String page) {
        var stranger = newAccount("Stranger Secretname");
        var theirs = spaceOf(stranger, "The Secret-Name family");
        var anna = newAccount("Anna");
        var annasOwn = spaceOf(anna, "Anna's family");

        startAs(anna);
        UI.getCurrent().navigate("family/" + theirs + page);

        assertThat(currentPath()).as("she is taken to her own space").isEqualTo("family/" + annasOwn);
        _get(FamilyHomeView.class);
        assertThat(everythingInThePage()).doesNotContain("Secret-Name", "Secretname", theirs.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/members", "/invite", "/settings", "/activity"})
    void aMadeUpSpaceIdGetsTheSameAnswer(String page) {
        var anna = newAccount("Anna");
        var annasOwn = spaceOf(anna, "Anna's family");

        startAs(anna);
        UI.getCurrent().navigate("family/" + UUID.randomUUID() + page);

        assertThat(currentPath()).isEqualTo("family/" + annasOwn);
    }
}
