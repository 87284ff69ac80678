package app.village.base.ui;

import app.village.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The start page. Signed out, it says what Village is and offers the two ways in;
 * signed in, it greets her. The family home replaces the signed-in part when family spaces land.
 */
@Route("")
@PageTitle("Village")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends Main {

    HomeView(CurrentUser currentUser) {
        addClassName("page");
        currentUser.get().ifPresentOrElse(
                user -> add(new H1("Hello, " + user.displayName())),
                this::addWelcome);
        add(aboutVillage());
    }

    private void addWelcome() {
        var register = new Anchor("register", "Create an account");
        register.addClassNames("button-link", "primary");
        var login = new Anchor("login", "Log in");
        login.addClassName("button-link");
        var actions = new Div(register, login);
        actions.addClassName("actions");
        add(new H1("Support for a new mother, shared by her circle"),
                new Paragraph("After a birth, the nights and the housework fall mostly on the mother. "
                        + "Village gives her family one private place to see what is needed, take it on, "
                        + "and make sure she gets to rest."),
                actions);
    }

    private static Div aboutVillage() {
        var about = new Div(
                new H2("How Village helps"),
                new Paragraph("The mother opens a private space and invites her partner, relatives and friends."),
                new Paragraph("The family splits the care work (meals, laundry, errands, night feeds) by claiming it."),
                new Paragraph("Night shifts and rest breaks go on a shared calendar, with notes handed from helper to helper."));
        about.addClassName("about");
        return about;
    }
}
