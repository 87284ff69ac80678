package app.village;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Village and configures the page shell every view shares.
 * The color scheme follows the phone's setting, because parents open this at 3 a.m.
 * Server push keeps open pages of a family space live; her clicks still travel as ordinary requests, so the session's
 * idle timeout sees only what she does (docs/decisions/live-pages.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/village.css")
@Push(transport = Transport.WEBSOCKET_XHR)
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@PWA(name = "Village: support for a new mother",
        shortName = "Village",
        description = "Share the care work and protect her rest in the first months after a birth.",
        iconPath = "icons/icon.png",
        offlinePath = "offline.html",
        offlineResources = {"icons/favicon.png"},
        themeColor = "#b5523b",
        backgroundColor = "#fffaf7")
public class VillageApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(VillageApplication.class, args);
    }
}
