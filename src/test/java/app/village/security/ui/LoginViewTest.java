package app.village.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.KaribuUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LoginViewTest extends KaribuUiTest {

    @BeforeEach
    void start() {
        startSignedOut();
    }

    private static LoginForm openLogin(QueryParameters parameters) {
        UI.getCurrent().navigate("login", parameters);
        return _get(LoginForm.class);
    }

    @Test
    void aPlainVisitShowsNoError() {
        assertThat(openLogin(QueryParameters.empty()).isError()).isFalse();
    }

    @Test
    void aFailedLoginPutsTheFormInErrorStateWithOneGenericMessage() {
        var form = openLogin(QueryParameters.of("error", ""));

        assertThat(form.isError()).isTrue();
        var error = errorShownBy(form);
        assertThat(error.path("title").asString()).isEqualTo(LoginView.FAILURE_TITLE);
        assertThat(error.path("message").asString()).isEqualTo(LoginView.FAILURE_MESSAGE);
        assertThat(error.toString().toLowerCase())
                .doesNotContain("exist", "unknown", "not found", "no account", "locked");
    }

    @Test
    void theErrorMessageIsTheSameWhateverElseTheAddressCarries() {
        var plain = errorShownBy(openLogin(QueryParameters.of("error", "")));
        var withMore = errorShownBy(openLogin(QueryParameters.simple(Map.of("error", "unknown", "email", "x@y.z"))));

        assertThat(withMore).isEqualTo(plain);
    }

    @Test
    void theLoginPageLinksToForgotPasswordWithARealLink() {
        openLogin(QueryParameters.empty());

        var link = _get(Anchor.class, spec -> spec.withText("Forgot your password?"));
        assertThat(link.getHref()).isEqualTo("forgot-password");
        assertThat(link.getClassNames()).as("the 24px target of text links").contains("text-link");
    }

    /** The error title and message as the browser receives them (the i18n property of the web component). */
    private static JsonNode errorShownBy(LoginForm form) {
        var i18n = JsonMapper.builder().build().readTree(String.valueOf(form.getElement().getPropertyRaw("i18n")));
        return i18n.path("errorMessage");
    }
}
