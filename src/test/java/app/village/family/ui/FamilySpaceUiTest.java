package app.village.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.SignedIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the family-space pages, with families built through the services as people would. */
abstract class FamilySpaceUiTest extends KaribuUiTest {

    @Autowired FamilyService familyService;
    @Autowired InvitationService invitationService;

    /** A space owned by {@code owner}; leaves the owner signed in. */
    SpaceId spaceOf(VillageUser owner, String name) {
        SignedIn.as(owner.accountId(), owner.displayName());
        return familyService.createSpace(SpaceForm.named(name, "Europe/Helsinki"));
    }

    /** Invites {@code who} as the owner and accepts as her; leaves {@code who} signed in. */
    void join(VillageUser owner, SpaceId spaceId, VillageUser who, String relationship, FamilyRole role) {
        SignedIn.as(owner.accountId(), owner.displayName());
        var link = invitationService.invite(spaceId,
                new InvitationForm(who.displayName(), relationship, role, null, "")).link();
        SignedIn.as(who.accountId(), who.displayName());
        invitationService.accept(link.substring(link.lastIndexOf('/') + 1), "test-" + UUID.randomUUID());
    }

    static String currentPath() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    /** Every text and attribute value in the page: what she could read, or find in the page source. */
    static String everythingInThePage() {
        var all = new StringBuilder();
        for (var component : _find(Component.class)) {
            var element = component.getElement();
            all.append(element.getTextRecursively()).append('\n');
            element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append('\n'));
            element.getPropertyNames().forEach(name -> all.append(element.getProperty(name)).append('\n'));
        }
        return all.toString();
    }

    /** All components under {@code root}, hidden ones too (Karibu's finders see visible ones only). */
    static Stream<Component> everything(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FamilySpaceUiTest::everything));
    }

    static List<String> linkTexts(Component in) {
        return _find(in, Anchor.class).stream().map(a -> a.getElement().getTextRecursively().strip()).toList();
    }

    static Anchor link(Component in, String text) {
        return _find(in, Anchor.class).stream()
                .filter(a -> a.getElement().getTextRecursively().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link \"" + text + "\" in " + linkTexts(in)));
    }
}
