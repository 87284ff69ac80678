package app.village.family.ui;

import app.village.base.ui.Links;
import app.village.base.ui.LivePages;
import app.village.base.ui.ProblemText;
import app.village.base.ui.SpaceTopic;
import app.village.base.ui.TimeTexts;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.FamilyProblem;
import app.village.family.FamilyService;
import app.village.family.MemberSummary;
import app.village.family.SpaceDetails;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A family space's home: who is in the circle, what needs doing today, and the way to everything else in
 * the space. Opening it makes it the space "Home" opens next time. The circle and the links her role opens
 * follow the space live; the sections other features add follow what they show themselves.
 */
@Route(FamilyNavigation.HOME)
@PermitAll
class FamilyHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final FamilyService familyService;
    private final ObjectProvider<FamilyHomeSection> sections;
    private final LivePages livePages;
    private final CurrentUser currentUser;
    private String title = "Family space · Village";
    private Registration following = () -> { };
    /**
     * The parts a change to the circle or the space's settings redraws: the space's name, the members and their
     * roles, and the links her role opens.
     */
    H1 heading = new H1();
    Section circle = new Section();
    Section more = new Section();

    // Built afresh for each space: moving from one space's home to another's reuses this view.
    Button leave = new Button();
    Dialog leaveDialog = new Dialog();
    Button confirmLeave = new Button();
    ProblemText leaveProblem = new ProblemText(ProblemText.Look.UNDER_FORM);

    FamilyHomeView(FamilyService familyService, ObjectProvider<FamilyHomeSection> sections, LivePages livePages,
            CurrentUser currentUser) {
        this.familyService = familyService;
        this.sections = sections;
        this.livePages = livePages;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, familyService::openSpace);
        if (found.isEmpty()) {
            return;
        }
        var space = found.get();
        var members = familyService.members(space.id());
        title = space.name() + " · Village";
        removeAll();
        var switcher = new SpaceSwitcher(familyService, 2);
        switcher.addClassName("page-space-switcher");
        heading = new H1(space.name());
        add(switcher, heading);
        babyLine(space.settings()).ifPresent(this::add);
        circle = circle(space, members);
        add(circle);
        sections.orderedStream().map(section -> section.create(space)).flatMap(Optional::stream).forEach(this::add);
        more = moreInTheSpace(space);
        add(more, leaveSection(space));
        following.remove();
        following = livePages.follow(this, space.id().value(), currentUser.requireAccountId(),
                Set.of(SpaceTopic.MEMBERS), () -> refreshCircle(space.id()));
    }

    /**
     * Someone joined, left or got a new role, or renamed the space: its name, the circle and her links read again,
     * nothing else moves.
     */
    private void refreshCircle(SpaceId spaceId) {
        var space = familyService.space(spaceId);
        heading.setText(space.name());
        title = space.name() + " · Village";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        var freshCircle = circle(space, familyService.members(spaceId));
        replace(circle, freshCircle);
        circle = freshCircle;
        var freshMore = moreInTheSpace(space);
        replace(more, freshMore);
        more = freshMore;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<Paragraph> babyLine(SpaceForm settings) {
        var baby = settings.babyName().isBlank() ? "The baby" : settings.babyName();
        if (settings.babyDate() == null) {
            return settings.babyName().isBlank() ? Optional.empty()
                    : Optional.of(lead("Baby " + settings.babyName()));
        }
        var date = TimeTexts.longDate(settings.babyDate());
        return Optional.of(lead(settings.babyBorn() ? baby + " was born on " + date : baby + " is due on " + date));
    }

    private static Paragraph lead(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("lead");
        return paragraph;
    }

    private static Section circle(SpaceDetails space, List<MemberSummary> members) {
        var list = new UnorderedList();
        list.addClassName("circle");
        for (var member : members) {
            var name = new Span(member.isMe() ? member.displayName() + " (you)" : member.displayName());
            name.addClassName("member-name");
            var about = new Span(member.relationship() == null || member.relationship().isBlank()
                    ? member.role().label()
                    : member.relationship() + " · " + member.role().label());
            about.addClassName("member-about");
            list.add(new ListItem(name, about));
        }
        var links = new Div(Links.routerLink(FamilyNavigation.membersPath(space.id()), "Members & invitations"));
        links.addClassName("actions");
        if (space.can(FamilyPermission.INVITE)) {
            var invite = Links.routerLink(FamilyNavigation.invitePath(space.id()), "Invite someone");
            invite.addClassNames("button-link", "primary");
            links.addComponentAsFirst(invite);
        }
        links.getChildren().filter(Anchor.class::isInstance).forEach(link -> link.addClassName("button-link"));
        return new Section(new H2("Your circle"), list, links);
    }

    private static Section moreInTheSpace(SpaceDetails space) {
        var links = new Div();
        links.addClassName("link-list");
        if (space.can(FamilyPermission.EDIT_SPACE)) {
            links.add(Links.routerLink(FamilyNavigation.settingsPath(space.id()), "Settings"));
        }
        if (space.can(FamilyPermission.READ_AUDIT_LOG)) {
            links.add(Links.routerLink(FamilyNavigation.activityPath(space.id()), "Activity"));
        }
        links.add(Links.routerLink(FamilyNavigation.NEW_SPACE, "New family space"));
        return new Section(new H2("More"), links);
    }

    private Section leaveSection(SpaceDetails space) {
        // ASCII dots: one character outside Latin-1 makes Vaadin keep the page's whole first response at two
        // bytes a character for as long as the session lives.
        leave = new Button("Leave this space...");
        // The dialog is built when she asks to leave, not for every visit of the home page.
        var built = new boolean[1];
        leave.addClickListener(click -> {
            if (!built[0]) {
                buildLeaveDialog(space);
                built[0] = true;
            }
            leaveProblem.clear();
            leaveDialog.open();
        });
        var section = new Section(new H2("Leave this space"), leave);
        section.addClassName("leave-space");
        return section;
    }

    private void buildLeaveDialog(SpaceDetails space) {
        leaveDialog = new Dialog();
        confirmLeave = new Button("Leave the space");
        leaveProblem = new ProblemText(ProblemText.Look.UNDER_FORM);
        leaveDialog.setHeaderTitle("Leave " + space.name() + "?");
        confirmLeave.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmLeave.addClickListener(click -> confirmLeaving(space.id()));
        var stay = new Button("Stay", click -> leaveDialog.close());
        leaveDialog.add(new Paragraph("You will no longer see this space. To come back, someone in it has to "
                + "invite you again."), leaveProblem);
        leaveDialog.getFooter().add(stay, confirmLeave);
    }

    void confirmLeaving(SpaceId spaceId) {
        try {
            familyService.leave(spaceId);
        } catch (FamilyProblem problem) {
            leaveProblem.show(problem.getMessage());
            return;
        }
        leaveDialog.close();
        Toast.show("You left the space.");
        FamilyNavigation.navigateToStart();
    }
}
