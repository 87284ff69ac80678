package app.village.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.village.testsupport.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parents open Village at 3 a.m.: the page follows the phone's dark-mode setting. */
class ColorSchemeE2ETest extends BrowserTest {

    /** Relative luminance (WCAG) of an element's computed color, whatever notation the browser computes it in. */
    private static final String LUMINANCE = """
            ([selector, property]) => {
              const color = getComputedStyle(document.querySelector(selector))[property];
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const g = canvas.getContext('2d');
              g.fillStyle = color;
              g.fillRect(0, 0, 1, 1);
              const [r, gr, b, a] = g.getImageData(0, 0, 1, 1).data;
              if (a < 255) throw new Error(selector + ' ' + property + ' is not opaque: ' + color);
              const lin = c => { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
              return 0.2126 * lin(r) + 0.7152 * lin(gr) + 0.0722 * lin(b);
            }""";

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void thePageFollowsThePhonesColorScheme(ColorScheme scheme) {
        open(Viewport.PHONE, new Browser.NewContextOptions().setColorScheme(scheme));
        navigate("");
        var dark = scheme == ColorScheme.DARK;

        // Village's own light-dark() colors resolve to the matching side.
        assertThat(page.locator(".help-now"))
                .hasCSS("background-color", dark ? "rgb(74, 34, 25)" : "rgb(253, 232, 225)");

        // Aura paints the page background on the root element.
        var background = luminance("html", "backgroundColor");
        var text = luminance("body", "color");
        if (dark) {
            assertTrue(background < 0.05, "dark page background, luminance " + background);
        } else {
            assertTrue(background > 0.6, "light page background, luminance " + background);
        }
        var contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
        assertTrue(contrast >= 7, "body text contrast " + contrast + " against the page background");
    }

    private double luminance(String selector, String property) {
        return ((Number) page.evaluate(LUMINANCE, List.of(selector, property))).doubleValue();
    }
}
