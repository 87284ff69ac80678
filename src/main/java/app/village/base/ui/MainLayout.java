package app.village.base.ui;

import app.village.security.CurrentUser;
import app.village.security.VillageUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every page: side navigation on wide screens, a bottom bar on phones, and in the
 * header a "Get help now" link that is there for everyone, signed in or not, then what features add
 * ({@link HeaderContribution}, such as the bell) and the account menu. Navigation entries come
 * from the views' {@code @Menu} annotations, filtered to what the current person may open.
 * <p>Decisions:
 *     docs/decisions/home-lit-in-the-bottom-bar.md,
 *     docs/decisions/module-map-enforced.md,
 *     docs/decisions/get-help-now-on-every-page.md.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    static final String HELP_ROUTE = "help";

    private final CurrentUser currentUser;

    MainLayout(CurrentUser currentUser, ObjectProvider<DrawerContribution> drawerContributions,
            ObjectProvider<MenuHighlight> menuHighlights, ObjectProvider<HeaderContribution> headerContributions) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        var entries = MenuConfiguration.getMenuEntries();

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Open the menu");
        addToNavbar(toggle, createBrand("navbar-brand"), createHeaderActions(headerContributions));
        addToDrawer(createBrand("drawer-brand"), createSpaceSwitcherSlot(drawerContributions), new Scroller(createSideNav(entries)));
        // Our own bottom bar rather than AppLayout's navbar slot, whose translucent header would trap a
        // fixed-position bar. An unslotted child sits beside the page content; CSS pins it on phones.
        getElement().appendChild(createBottomNav(entries, menuHighlights.orderedStream().toList()).getElement());
    }

    private static Anchor createBrand(String className) {
        var mark = new Span("V");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        var brand = new Anchor("", mark, new Span("Village"));
        brand.addClassNames("brand", className);
        // On narrow phones only the mark shows; the name must still reach screen readers.
        brand.getElement().setAttribute("aria-label", "Village, start page");
        return brand;
    }

    /** The family-space switcher, contributed by the family feature; hidden when nothing is contributed. */
    private static Div createSpaceSwitcherSlot(ObjectProvider<DrawerContribution> drawerContributions) {
        var slot = new Div();
        slot.addClassName("space-switcher");
        drawerContributions.orderedStream()
                .map(DrawerContribution::create)
                .flatMap(Optional::stream)
                .forEach(slot::add);
        slot.setVisible(slot.getComponentCount() > 0);
        return slot;
    }

    private static SideNav createSideNav(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.addClassName("side-nav");
        entries.forEach(entry -> nav.addItem(entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))));
        return nav;
    }

    private static Nav createBottomNav(List<MenuEntry> entries, List<MenuHighlight> highlights) {
        var nav = new Nav();
        nav.addClassName("bottom-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        for (var entry : entries) {
            var link = new RouterLink();
            link.setRoute(entry.menuClass());
            var litOn = viewsThatLight(entry, highlights);
            link.setHighlightCondition((target, event) -> showsOneOf(event, litOn));
            if (entry.icon() != null) {
                link.add(new Icon(entry.icon()));
            }
            link.add(new Span(entry.title()));
            nav.add(link);
        }
        return nav;
    }

    /** The entry's own view, on any of its routes, and the views features add ({@link MenuHighlight}). */
    private static Set<Class<?>> viewsThatLight(MenuEntry entry, List<MenuHighlight> highlights) {
        var views = new HashSet<Class<?>>();
        views.add(entry.menuClass());
        highlights.stream().filter(highlight -> highlight.menuView().equals(entry.menuClass()))
                .forEach(highlight -> views.addAll(highlight.alsoLitOn()));
        return Set.copyOf(views);
    }

    private static boolean showsOneOf(AfterNavigationEvent event, Set<Class<?>> views) {
        var chain = event.getActiveChain();
        return !chain.isEmpty() && views.stream().anyMatch(view -> view.isInstance(chain.getFirst()));
    }

    private Div createHeaderActions(ObjectProvider<HeaderContribution> contributions) {
        var helpIcon = VaadinIcon.PHONE.create();
        helpIcon.getElement().setAttribute("aria-hidden", "true");
        var help = new Anchor(HELP_ROUTE, helpIcon, new Span("Get help now"));
        help.addClassName("help-now");

        var actions = new Div(help);
        contributions.orderedStream().map(HeaderContribution::create).flatMap(Optional::stream).forEach(actions::add);
        actions.add(currentUser.get().map(this::createUserMenu).orElseGet(MainLayout::createLoginLink));
        actions.addClassName("header-actions");
        return actions;
    }

    private static Component createLoginLink() {
        var login = new Anchor("login", "Log in");
        login.addClassNames("button-link", "login-link");
        return login;
    }

    private Component createUserMenu(VillageUser user) {
        var avatar = new Avatar(user.displayName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var menu = new MenuBar();
        menu.addClassName("user-menu");
        var item = menu.addItem(avatar);
        item.add(new Span(user.displayName()));
        item.getElement().setAttribute("aria-label", "Account menu for " + user.displayName());
        item.getSubMenu().addItem("Your account", click -> getUI().ifPresent(ui -> ui.navigate("account")));
        item.getSubMenu().addItem("Log out", click -> currentUser.logout());
        return menu;
    }
}
