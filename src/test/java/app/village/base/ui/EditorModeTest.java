package app.village.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's mode read from its route, and the route template that accepts exactly the two editing modes. */
class EditorModeTest {

    @Test
    void theRouteParameterPicksTheMode() {
        assertThat(EditorMode.from(RouteParameters.empty())).isEqualTo(EditorMode.NEW);
        assertThat(EditorMode.from(new RouteParameters(Map.of(EditorMode.PARAMETER, "edit"))))
                .isEqualTo(EditorMode.ONE_DAY);
        assertThat(EditorMode.from(new RouteParameters(Map.of(EditorMode.PARAMETER, "edit-all"))))
                .isEqualTo(EditorMode.ALL_COMING_DAYS);
    }

    @Test
    void theTemplateAcceptsBothEditingModesAndNothingElse() {
        assertThat(EditorMode.SEGMENT).isEqualTo(":" + EditorMode.PARAMETER + "("
                + EditorMode.ONE_DAY.routeValue() + "|" + EditorMode.ALL_COMING_DAYS.routeValue() + ")");
    }
}
