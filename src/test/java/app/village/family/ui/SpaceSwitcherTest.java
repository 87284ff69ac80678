package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.MainLayout;
import app.village.family.SpaceSummary;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.stream.Stream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceSwitcherTest extends FamilySpaceUiTest {

    /** The switcher in the layout's drawer slot, shown or not. */
    private static SpaceSwitcher drawerSwitcher() {
        return switchersIn(_get(MainLayout.class)).stream()
                .filter(switcher -> switcher.getParent().orElseThrow().getElement().getClassList().contains("space-switcher"))
                .findFirst().orElseThrow();
    }

    private static List<SpaceSwitcher> switchersIn(Component root) {
        return everything(root).filter(SpaceSwitcher.class::isInstance).map(SpaceSwitcher.class::cast).toList();
    }

    @Test
    void theDrawerSwitcherListsHerSpacesAndOpensTheOneSheChooses() {
        var rose = newAccount("Grandma Rose");
        var rivera = spaceOf(rose, "The Rivera family");
        var okafor = spaceOf(rose, "The Okafor family");
        familyService.openSpace(rivera);

        startAs(rose);

        var switcher = drawerSwitcher();
        assertThat(switcher.isVisible()).isTrue();
        assertThat(switcher.getContent().getLabel()).isEqualTo("Family space");
        assertThat(switcher.spaces()).extracting(SpaceSummary::name)
                .containsExactly("The Rivera family", "The Okafor family");
        assertThat(switcher.getContent().getValue().id()).isEqualTo(rivera);

        var okaforEntry = switcher.spaces().stream().filter(s -> s.id().equals(okafor)).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(switcher.getContent(), okaforEntry, true);

        assertThat(currentPath()).isEqualTo("family/" + okafor);
        assertThat(_get(_get(FamilyHomeView.class), H1.class).getText()).isEqualTo("The Okafor family");
        assertThat(drawerSwitcher().getContent().getValue().id()).isEqualTo(okafor);
    }

    @Test
    void movingBetweenPagesKeepsTheSameOptionsInsteadOfSendingThemAgain() {
        var rose = newAccount("Grandma Rose");
        var rivera = spaceOf(rose, "The Rivera family");
        spaceOf(rose, "The Okafor family");
        familyService.openSpace(rivera);
        startAs(rose);
        MockVaadin.clientRoundtrip(false);
        var options = optionElements();
        assertThat(options).isNotEmpty();

        UI.getCurrent().navigate("family/" + rivera + "/members");
        MockVaadin.clientRoundtrip(false);

        assertThat(optionElements()).containsExactlyElementsOf(options);
    }

    private static List<Element> optionElements() {
        var select = drawerSwitcher().getContent().getElement();
        return select.getChildren().flatMap(child -> java.util.stream.Stream.concat(Stream.of(child),
                child.getChildren())).toList();
    }

    @Test
    void aSpaceSheJustCreatedAppearsInTheSwitcher() {
        var maya = newAccount("Maya");
        startAs(maya);
        assertThat(drawerSwitcher().isVisible()).isFalse();

        UI.getCurrent().navigate("spaces/new");
        var create = _get(CreateSpaceView.class);
        create.fields.name.setValue("The Rivera family");
        create.create.click();

        assertThat(drawerSwitcher().isVisible()).isTrue();
        assertThat(drawerSwitcher().spaces()).extracting(SpaceSummary::name).containsExactly("The Rivera family");
    }

    @Test
    void theHomePageHasItsOwnSwitcherForPhonesOnlyWhenSheHasTwoSpaces() {
        var maya = newAccount("Maya");
        var rivera = spaceOf(maya, "The Rivera family");
        startAs(maya);

        UI.getCurrent().navigate("family/" + rivera);
        var onThePage = switchersIn(_get(FamilyHomeView.class));
        assertThat(onThePage).singleElement().satisfies(s -> assertThat(s.isVisible()).isFalse());

        spaceOf(maya, "The Okafor family");
        UI.getCurrent().navigate("family/" + rivera);
        assertThat(switchersIn(_get(FamilyHomeView.class)))
                .singleElement().satisfies(s -> assertThat(s.isVisible()).isTrue());
    }

    @Test
    void signedOutThereIsNoSwitcher() {
        startSignedOut();

        assertThat(switchersIn(_get(MainLayout.class))).isEmpty();
    }
}
