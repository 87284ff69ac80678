package app.village.family.ui;

import app.village.base.ui.Links;
import app.village.family.FamilyService;
import app.village.security.CurrentUser;
import app.village.security.VillageUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The start page. Signed out, it says what Village is and offers the two ways in. Signed in, it is a
 * crossroads: an invitation she opened before logging in comes first, then the space she used last; only
 * someone in no space yet stays here, and is offered to start one.
 */
@Route("")
@PageTitle("Village")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@AnonymousAllowed
class StartView extends Main implements BeforeEnterObserver {

    /** Invitation tokens are URL-safe Base64; anything else in the session is not forwarded anywhere. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final CurrentUser currentUser;
    private final FamilyService familyService;

    StartView(CurrentUser currentUser, FamilyService familyService) {
        this.currentUser = currentUser;
        this.familyService = familyService;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var user = currentUser.get();
        if (user.isEmpty()) {
            addWelcome();
            return;
        }
        var invitation = takePendingInvitation();
        if (invitation.isPresent()) {
            event.forwardTo(FamilyNavigation.invitationPath(invitation.get()));
            return;
        }
        var lastUsed = familyService.lastUsedSpace();
        if (lastUsed.isPresent()) {
            event.forwardTo(FamilyHomeView.class, FamilyNavigation.space(lastUsed.get()));
            return;
        }
        addStartASpace(user.get());
    }

    /** Reads and forgets the invitation she opened while signed out (see {@link FamilyNavigation#PENDING_INVITATION}). */
    private static Optional<String> takePendingInvitation() {
        var session = VaadinSession.getCurrent().getSession();
        if (session == null) {
            return Optional.empty();
        }
        var token = session.getAttribute(FamilyNavigation.PENDING_INVITATION);
        session.removeAttribute(FamilyNavigation.PENDING_INVITATION);
        return token instanceof String text && TOKEN_SHAPE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    private void addStartASpace(VillageUser user) {
        var start = Links.routerLink(FamilyNavigation.NEW_SPACE, "Start a family space");
        start.addClassNames("button-link", "primary");
        var actions = new Div(start);
        actions.addClassName("actions");
        var section = new Section(
                new H2("Start your family space"),
                new Paragraph("A family space is a private place for one new baby's circle: only the people "
                        + "you invite can see it, and together you share the meals, errands and nights."),
                actions,
                Links.quiet("Were you invited by someone? Open the link they sent you, and you will join their space."));
        section.addClassName("start-space");
        add(new H1("Hello, " + user.displayName()), section);
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
                actions,
                aboutVillage());
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
