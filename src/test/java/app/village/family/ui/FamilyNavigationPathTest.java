package app.village.family.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.SpaceId;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FamilyNavigationPathTest {

    private static final SpaceId SPACE = SpaceId.of(UUID.fromString("3f2c1a4e-1111-2222-3333-444455556666"));

    @Test
    void aPageAddressIsItsRouteTemplateFilledIn() {
        assertThat(FamilyNavigation.homePath(SPACE)).isEqualTo("family/" + SPACE);
        assertThat(FamilyNavigation.membersPath(SPACE)).isEqualTo("family/" + SPACE + "/members");
        assertThat(FamilyNavigation.invitationPath("abc_-1")).isEqualTo("invitation/abc_-1");
    }

    @Test
    void aParametersPatternIsNotPartOfTheAddress() {
        var task = UUID.randomUUID();
        var parameters = new RouteParameters(Map.of(FamilyNavigation.SPACE_ID, SPACE.toString(), "taskId",
                task.toString(), "editMode", "edit-all"));

        assertThat(FamilyNavigation.path(FamilyNavigation.HOME + "/tasks/:taskId([0-9a-f-]{36})/:editMode(edit|edit-all)",
                parameters)).isEqualTo("family/" + SPACE + "/tasks/" + task + "/edit-all");
    }

    @Test
    void aMissingParameterIsAMistakeInTheCode() {
        assertThatThrownBy(() -> FamilyNavigation.path(FamilyNavigation.MEMBERS, new RouteParameters(Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
