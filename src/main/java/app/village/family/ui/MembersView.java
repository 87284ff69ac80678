package app.village.family.ui;

import static app.village.family.ui.PersonCardParts.aRole;
import static app.village.family.ui.PersonCardParts.line;

import app.village.base.ui.Confirmations;
import app.village.base.ui.FormMessages;
import app.village.base.ui.Links;
import app.village.base.ui.LivePages;
import app.village.base.ui.ProblemText;
import app.village.base.ui.SpaceTopic;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.FamilyProblem;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.family.InvitationStatus;
import app.village.family.InvitationSummary;
import app.village.family.IssuedInvitation;
import app.village.family.MemberSummary;
import app.village.family.SpaceDetails;
import app.village.notification.MailStatus;
import app.village.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is in the circle, and for owners the tools to look after it: roles, removing someone, and the
 * invitations with their state. Everyone can leave; the last owner is told to hand ownership over first.
 * The lists follow the circle live: someone joining, leaving or getting a new role redraws them.
 */
@Route(FamilyNavigation.MEMBERS)
@PageTitle("Members · Village")
@PermitAll
class MembersView extends Main implements BeforeEnterObserver {

    private final FamilyService familyService;
    private final InvitationService invitationService;
    private final MailStatus mailStatus;
    private final LivePages livePages;
    private final CurrentUser currentUser;
    private Registration following = () -> { };
    private final Div back = new Div();
    private final H1 title = new H1();
    final Button invite = new Button("Invite someone", click -> FamilyNavigation.navigateToInvite(requireSpace().id()));
    final UnorderedList memberList = new UnorderedList();
    final Section invitationsSection = new Section();
    final UnorderedList invitationList = new UnorderedList();
    final Button leave = new Button("Leave this space…", click -> confirmLeave());
    final ProblemText leaveProblem = new ProblemText(ProblemText.Look.NOTICE);
    final ProblemText listProblem = new ProblemText(ProblemText.Look.NOTICE);
    private final HeldWhileAsking held;
    final List<MemberRow> memberRows = new ArrayList<>();
    final List<InvitationRow> invitationRows = new ArrayList<>();

    private @Nullable SpaceDetails space;
    /** A link just made with "New link", shown again after the list is refreshed. */
    private @Nullable IssuedInvitation freshLink;

    MembersView(FamilyService familyService, InvitationService invitationService, MailStatus mailStatus,
            LivePages livePages, CurrentUser currentUser) {
        this.mailStatus = mailStatus;
        this.livePages = livePages;
        this.currentUser = currentUser;
        this.familyService = familyService;
        this.invitationService = invitationService;
        held = new HeldWhileAsking(this, () -> load(familyService.space(requireSpace().id())), memberRows,
                invitationRows, listProblem);
        addClassNames("narrow-page", "members-page");
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        var topActions = new Div(invite);
        topActions.addClassName("actions");

        memberList.addClassName("people");
        invitationList.addClassName("people");
        invitationsSection.add(new H2("Invitations"),
                Links.quiet("Each link works for one person. Revoke a link you no longer want used, "
                        + "or make a new one when it has expired."),
                invitationList);

        var leaveSection = new Section(new H2("Leave this space"),
                Links.quiet("You will no longer see this family space. To come back, someone needs to invite you again."),
                leave, leaveProblem);
        leaveSection.addClassName("leave-space");

        add(back, title, topActions, listProblem, new Section(new H2("Members"), memberList), invitationsSection, leaveSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FamilyNavigation.spaceFor(event, familyService::space).ifPresent(details -> {
            freshLink = null;
            leaveProblem.clear();
            listProblem.clear();
            load(details);
            following.remove();
            following = livePages.follow(this, details.id().value(), currentUser.requireAccountId(),
                    Set.of(SpaceTopic.MEMBERS), held::liveChange);
        });
    }

    /** Draws the space's lists; a live refresh calls it too, through {@link HeldWhileAsking}. */
    private void load(SpaceDetails details) {
        var spaceId = details.id();
        space = details;
        back.removeAll();
        back.add(FamilyNavigation.backToSpace(details.id(), details.name()));
        title.setText("Who's in " + details.name());
        invite.setVisible(details.can(FamilyPermission.INVITE));

        memberRows.clear();
        memberList.removeAll();
        for (var member : familyService.members(spaceId)) {
            var row = new MemberRow(member, details.can(FamilyPermission.MANAGE_MEMBERS));
            memberRows.add(row);
            memberList.add(row);
        }

        invitationRows.clear();
        invitationList.removeAll();
        invitationsSection.setVisible(details.can(FamilyPermission.INVITE));
        if (details.can(FamilyPermission.INVITE)) {
            var invitations = PersonCardParts.pendingFirstNewestFirst(invitationService.invitations(spaceId));
            for (var invitation : invitations) {
                var row = new InvitationRow(invitation);
                invitationRows.add(row);
                invitationList.add(row);
            }
            if (invitations.isEmpty()) {
                invitationList.add(new ListItem(Links.quiet("No invitations yet.")));
            }
        }
    }

    private void reload() {
        leaveProblem.clear();
        listProblem.clear();
        held.drawn();
        load(familyService.space(requireSpace().id()));
    }

    private SpaceDetails requireSpace() {
        return Objects.requireNonNull(space, "The members page was used before it was opened");
    }

    /** One member: name, relationship, role and since when; for owners, role and removal controls. */
    final class MemberRow extends ListItem {

        final MemberSummary member;
        final @Nullable Select<FamilyRole> role;
        final @Nullable Button remove;
        final ProblemText problem = new ProblemText(ProblemText.Look.NOTICE);
        private boolean reverting;

        MemberRow(MemberSummary member, boolean canManage) {
            this.member = member;
            addClassName("person-card");
            var name = new Span(member.displayName() + (member.isMe() ? " (you)" : ""));
            name.addClassName("person-name");
            add(name);
            if (member.relationship() != null) {
                add(line(member.relationship()));
            }
            if (member.email() != null) {
                add(line(member.email()));
            }
            add(line("Joined " + PersonCardParts.date(member.joinedAt(), requireSpace().zone())));

            if (canManage) {
                role = new Select<>();
                role.setLabel("Role");
                role.setAriaLabel("Role of " + member.displayName());
                role.setItems(FamilyRole.values());
                role.setItemLabelGenerator(FamilyRole::label);
                role.setValue(member.role());
                role.setHelperText(member.role().description());
                role.addValueChangeListener(change -> {
                    if (!reverting && change.getValue() != null && change.getValue() != member.role()) {
                        confirmRoleChange(change.getValue());
                    }
                });
                add(role);
                if (member.isMe()) {
                    remove = null;
                } else {
                    remove = new Button("Remove…", click -> confirmRemove());
                    remove.addThemeVariants(ButtonVariant.ERROR);
                    remove.setAriaLabel("Remove " + member.displayName() + "…");
                    var actions = new Div(remove);
                    actions.addClassName("actions");
                    add(actions);
                }
            } else {
                role = null;
                remove = null;
                add(line(member.role().label()));
            }
            add(problem);
        }

        private void confirmRoleChange(FamilyRole newRole) {
            held.asking(Confirmations.askToChange(
                    member.isMe() ? "Change your own role?" : "Change " + member.displayName() + "'s role?",
                    (member.isMe() ? "You" : member.displayName()) + " will be " + aRole(newRole) + ": "
                            + newRole.description().toLowerCase(Locale.ROOT) + ".",
                    "Change role", "Keep " + member.role().label().toLowerCase(Locale.ROOT),
                    () -> changeRole(newRole), this::revert));
        }

        void changeRole(FamilyRole newRole) {
            try {
                familyService.changeRole(requireSpace().id(), member.membershipId(), newRole);
            } catch (FamilyProblem refused) {
                revert();
                if (role != null) {
                    FormMessages.show(role, refused.getMessage());
                }
                return;
            }
            Toast.show((member.isMe() ? "You are" : member.displayName() + " is") + " now "
                    + aRole(newRole) + ".");
            reload();
        }

        private void revert() {
            if (role != null) {
                reverting = true;
                role.setValue(member.role());
                reverting = false;
            }
        }

        private void confirmRemove() {
            held.asking(Confirmations.ask("Remove " + member.displayName() + "?",
                    member.displayName() + " will lose access to " + requireSpace().name()
                            + " at once. You can invite them again later.",
                    "Remove", "Keep " + member.displayName(), this::removeMember));
        }

        void removeMember() {
            problem.clear();
            try {
                familyService.removeMember(requireSpace().id(), member.membershipId());
            } catch (FamilyProblem refused) {
                problem.show(refused.getMessage());
                return;
            }
            Toast.show(member.displayName() + " is no longer in the space.");
            reload();
        }
    }

    /** One invitation with its state; pending ones can be revoked, pending and expired ones get a new link. */
    final class InvitationRow extends ListItem {

        final InvitationSummary invitation;
        final Span status;
        final @Nullable Button revoke;
        final @Nullable Button newLink;
        final ProblemText problem = new ProblemText(ProblemText.Look.NOTICE);
        @Nullable InvitationLinkPanel linkPanel;

        InvitationRow(InvitationSummary invitation) {
            this.invitation = invitation;
            addClassName("person-card");
            status = PersonCardParts.invitationStatus(invitation);
            PersonCardParts.invitationDescription(invitation, status, requireSpace().zone()).forEach(this::add);

            var pending = invitation.status() == InvitationStatus.PENDING;
            // Organizers manage only the supporter invitations they may issue themselves.
            var manageable = requireSpace().myRole().mayInviteAs(invitation.role());
            var actions = new Div();
            actions.addClassName("actions");
            if (pending && manageable) {
                revoke = new Button("Revoke…", click -> confirmRevoke());
                revoke.setAriaLabel("Revoke the invitation for " + invitation.name() + "…");
                actions.add(revoke);
            } else {
                revoke = null;
            }
            if (manageable && (pending || invitation.status() == InvitationStatus.EXPIRED)) {
                // An expired link needs no asking: nobody can use it any more.
                newLink = new Button("New link", click -> confirmNewLink());
                newLink.setAriaLabel("New link for " + invitation.name());
                actions.add(newLink);
            } else {
                newLink = null;
            }
            if (actions.getComponentCount() > 0) {
                add(actions);
            }
            add(problem);
            if (freshLink != null && freshLink.invitationId().equals(invitation.id())) {
                showLink(freshLink);
            }
        }

        private void confirmRevoke() {
            held.asking(Confirmations.ask("Revoke the invitation for " + invitation.name() + "?",
                    "The link stops working at once. You can invite " + invitation.name() + " again later.",
                    "Revoke", "Keep it", this::revokeInvitation));
        }

        void revokeInvitation() {
            try {
                invitationService.revoke(requireSpace().id(), invitation.id());
            } catch (FamilyProblem refused) {
                problem.show(refused.getMessage());
                return;
            }
            Toast.show("The invitation for " + invitation.name() + " is revoked.");
            freshLink = null;
            reload();
        }

        private void confirmNewLink() {
            if (invitation.status() != InvitationStatus.PENDING) {
                makeNewLink();
                return;
            }
            held.asking(Confirmations.askToChange("Make a new link for " + invitation.name() + "?",
                    "Any link you sent or we emailed before will stop working.", "Make a new link", "Keep the old one",
                    this::makeNewLink));
        }

        void makeNewLink() {
            IssuedInvitation issued;
            try {
                issued = invitationService.reissue(requireSpace().id(), invitation.id());
            } catch (FamilyProblem refused) {
                problem.show(refused.getMessage());
                return;
            }
            freshLink = issued;
            reload();
            invitationRows.stream()
                    .filter(row -> row.invitation.id().equals(issued.invitationId()) && row.linkPanel != null)
                    .findFirst()
                    .ifPresent(row -> row.linkPanel.copy.focus());
        }

        private void showLink(IssuedInvitation issued) {
            linkPanel = new InvitationLinkPanel(issued.link(), "Join " + requireSpace().name() + " on Village");
            add(InvitationMailNotice.afterNewLink(invitation.name(), issued, mailStatus), linkPanel);
        }
    }

    private void confirmLeave() {
        var details = requireSpace();
        held.asking(Confirmations.ask("Leave " + details.name() + "?",
                "You will no longer see " + details.name() + ". To come back, someone needs to invite you again.",
                "Leave", "Stay", this::leaveSpace));
    }

    void leaveSpace() {
        var details = requireSpace();
        leaveProblem.clear();
        try {
            familyService.leave(details.id());
        } catch (FamilyProblem refused) {
            leaveProblem.show(refused.getMessage());
            return;
        }
        Toast.show("You left " + details.name() + ".");
        FamilyNavigation.navigateToStart();
    }
}
