package app.village.family.ui;

import app.village.account.AccountService;
import app.village.account.RegistrationPrefill;
import app.village.base.ui.Confirmations;
import app.village.base.ui.Links;
import app.village.base.ui.ProblemText;
import app.village.family.InvitationPreview;
import app.village.family.InvitationProblem;
import app.village.family.InvitationService;
import app.village.family.SpaceId;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * What the holder of an invitation link sees: who invited her to which family, as what. Signed out she
 * signs up or logs in first (the start page brings her back here); signed in she joins or declines.
 * Every link that can't be used gets the same message, so a link tells nothing about other invitations.
 */
@Route(FamilyNavigation.INVITATION)
@PageTitle("Your invitation · Village")
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver {

    private final InvitationService invitationService;
    private final AccountService accountService;
    private final CurrentUser currentUser;

    Button createAccount = new Button();
    Button logIn = new Button();
    Button join = new Button();
    Button decline = new Button();

    private String token = "";

    InvitationView(InvitationService invitationService, AccountService accountService, CurrentUser currentUser) {
        this.invitationService = invitationService;
        this.accountService = accountService;
        this.currentUser = currentUser;
        addClassNames("narrow-page", "invitation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get(FamilyNavigation.TOKEN).orElse("");
        Optional<InvitationPreview> preview;
        try {
            preview = invitationService.preview(token, clientKey());
        } catch (InvitationProblem tooManyTries) {
            showProblem(tooManyTries);
            return;
        }
        preview.ifPresentOrElse(this::showInvitation, () -> showProblem(InvitationProblem.UNUSABLE));
    }

    /** Who is asking, for the rate limit on link look-ups: the network address, or the session when there is none. */
    static String clientKey() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? "unknown" : "session:" + session.getSession().getId();
    }

    private void showInvitation(InvitationPreview preview) {
        add(new H1(preview.invitedByName() + " invited you to " + preview.spaceName()));
        add(new Paragraph("You are invited as " + PersonCardParts.aRole(preview.role()) + ": "
                + preview.role().description().toLowerCase(Locale.ROOT) + "."));
        if (preview.relationship() != null) {
            add(Links.quiet("Relationship: " + preview.relationship()));
        }
        if (preview.message() != null) {
            var message = new Paragraph(preview.message());
            message.addClassName("invitation-message");
            add(new Div(Links.quiet("A message from " + preview.invitedByName() + ":"), message));
        }
        if (currentUser.get().isPresent()) {
            showJoin(preview);
        } else {
            showSignUpOrLogIn(preview);
        }
    }

    private void showSignUpOrLogIn(InvitationPreview preview) {
        createAccount = new Button("Create an account", click -> {
            rememberInvitation();
            var email = preview.email();
            var session = VaadinSession.getCurrent().getSession();
            if (email != null && session != null) {
                session.setAttribute(RegistrationPrefill.SESSION_ATTRIBUTE, email);
            }
            UI.getCurrent().navigate("register");
        });
        createAccount.addThemeVariants(ButtonVariant.PRIMARY);
        logIn = new Button("Log in", click -> {
            rememberInvitation();
            UI.getCurrent().navigate("login");
        });
        var actions = new Div(createAccount, logIn);
        actions.addClassName("actions");
        add(new Paragraph("To join, create a Village account, or log in if you already have one. "
                + "You'll come back here to accept."), actions);
    }

    /** Kept in the HTTP session, which survives logging in; the start page brings her back to the invitation. */
    private void rememberInvitation() {
        var session = VaadinSession.getCurrent().getSession();
        if (session != null) {
            session.setAttribute(FamilyNavigation.PENDING_INVITATION, token);
        }
    }

    private void showJoin(InvitationPreview preview) {
        forgetPendingInvitation();
        var me = accountService.myAccount();
        add(new Paragraph("You will join as " + me.displayName() + " (" + me.email() + ")."));
        if (preview.email() != null && !preview.email().equalsIgnoreCase(me.email())) {
            var otherEmail = new Paragraph("This invitation was sent to " + preview.email()
                    + ", but you are logged in as " + me.email() + ". If you join now, this account joins. "
                    + "If that isn't right, log out and open the link again.");
            otherEmail.addClassNames("notice", "different-account");
            add(otherEmail);
        }
        join = new Button("Join " + preview.spaceName(), click -> accept());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        decline = new Button("Decline…", click -> confirmDecline());
        var actions = new Div(join, decline);
        actions.addClassName("actions");
        add(actions);
    }

    private static void forgetPendingInvitation() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(FamilyNavigation.PENDING_INVITATION);
        }
    }

    void accept() {
        SpaceId spaceId;
        try {
            spaceId = invitationService.accept(token, clientKey());
        } catch (InvitationProblem problem) {
            removeAll();
            showProblem(problem);
            return;
        }
        FamilyNavigation.navigateToHome(spaceId);
    }

    private void confirmDecline() {
        Confirmations.askToChange("Decline the invitation?",
                "The link will stop working. If you change your mind, ask for a new one.", "Decline", "Go back",
                this::declineInvitation);
    }

    void declineInvitation() {
        try {
            invitationService.decline(token, clientKey());
        } catch (InvitationProblem problem) {
            removeAll();
            showProblem(problem);
            return;
        }
        removeAll();
        add(new H1("You declined the invitation"),
                new Paragraph("Nothing was shared with you. If you change your mind, ask for a new link."),
                startPageLink());
    }

    private void showProblem(InvitationProblem problem) {
        if (InvitationProblem.TOO_MANY_TRIES.equals(problem.getMessage())) {
            showProblem("Please wait a few minutes", InvitationProblem.TOO_MANY_TRIES);
        } else {
            showProblem(InvitationProblem.UNUSABLE);
        }
    }

    private void showProblem(String message) {
        showProblem("This link can't be used", message);
    }

    private void showProblem(String heading, String message) {
        var text = ProblemText.saying(message);
        text.addClassName("unusable-link");
        add(new H1(heading), text, startPageLink());
    }

    private static Anchor startPageLink() {
        var start = new Anchor("", "Go to the start page");
        start.addClassName("text-link");
        return start;
    }
}
