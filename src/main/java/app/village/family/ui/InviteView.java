package app.village.family.ui;

import app.village.base.ui.FormMessages;
import app.village.base.ui.ProblemText;
import app.village.base.ui.RecordBinders;
import app.village.base.ui.TimeTexts;
import app.village.family.FamilyPermission;
import app.village.family.FamilyProblem;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.InvitationSummary;
import app.village.family.IssuedInvitation;
import app.village.family.PublicAddress;
import app.village.family.SpaceDetails;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import app.village.notification.MailStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Inviting one person: who she is to the family and her role. The result is a link to send any way
 * the owner likes; with an email address, the invitation is mailed too (or the page says mail is off).
 */
@Route(FamilyNavigation.INVITE)
@PageTitle("Invite someone · Village")
@PermitAll
class InviteView extends Main implements BeforeEnterObserver {


    private final FamilyService familyService;
    private final InvitationService invitationService;
    private final GuideCallouts callouts;
    private final PublicAddress publicAddress;
    private final MailStatus mailStatus;

    final TextField name = new TextField("Name");
    final TextField relationship = new TextField("Relationship (optional)");
    final RadioButtonGroup<FamilyRole> role = new RadioButtonGroup<>("Role");
    final TextField email = new TextField("Email (optional)");
    final TextArea message = new TextArea("Personal message (optional)");
    final Button create = new Button("Create invitation link");
    final ProblemText formProblem = new ProblemText(ProblemText.Look.NOTICE);
    final Button inviteAnother = new Button("Invite someone else");
    final Button done = new Button("Done");
    private final BeanValidationBinder<InvitationForm> binder = RecordBinders.forRecord(InvitationForm.class);
    private final H1 title = new H1();
    private final Div back = new Div();
    private final Section formSection = new Section();
    final Section result = new Section();

    private @Nullable SpaceDetails space;
    @Nullable InvitationLinkPanel linkPanel;

    private final Paragraph intro = new Paragraph();

    InviteView(FamilyService familyService, InvitationService invitationService, GuideCallouts callouts,
            PublicAddress publicAddress, MailStatus mailStatus) {
        this.mailStatus = mailStatus;
        this.familyService = familyService;
        this.invitationService = invitationService;
        this.callouts = callouts;
        this.publicAddress = publicAddress;
        addClassNames("narrow-page", "invite-page");
        buildForm();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, familyService::space);
        if (found.isEmpty()) {
            return;
        }
        var details = found.get();
        space = details;
        removeAll();
        if (!details.can(FamilyPermission.INVITE)) {
            add(OwnersOnly.refusal(details, "Invitations"));
            return;
        }
        back.removeAll();
        back.add(FamilyNavigation.backToSpace(details.id(), details.name()));
        title.setText("Invite someone to " + details.name());
        intro.setText("You'll get a link to send by text message or chat. "
                + "Whoever opens it can join " + details.name() + " in the role you choose.");
        // Owners invite in any role; organizers (when allowed) invite supporters.
        role.setItems(Arrays.stream(FamilyRole.values())
                .filter(option -> details.myRole().mayInviteAs(option))
                .toList());
        startOver();
        add(back, title);
        linksMayNotWorkNotice().ifPresent(this::add);
        GuideCallout.unlessHidden(Callout.WHY_A_CIRCLE_HELPS, callouts).ifPresent(this::add);
        add(formSection, result);
    }

    /**
     * Links start with the configured public address; opened at another one (often the default, this
     * computer's own), the link she sends may lead nowhere. Said calmly, with who can fix it and how.
     */
    private Optional<Paragraph> linksMayNotWorkNotice() {
        var request = VaadinRequest.getCurrent();
        if (request == null || publicAddress.isReachedAt(request.getHeader("Host"))) {
            return Optional.empty();
        }
        var notice = new Paragraph("Invitation links start with " + publicAddress.url() + ", not the address you "
                + "opened Village at, so they may not work for the people you send them to. Whoever runs Village "
                + "can fix this by setting VILLAGE_PUBLIC_URL to the address people use, then restarting it.");
        notice.addClassNames("notice", "public-address-notice");
        return Optional.of(notice);
    }

    private void buildForm() {
        name.setHelperText("How the family knows this person, for example \"Rose\".");
        name.setAutocomplete(Autocomplete.OFF);
        relationship.setHelperText("Who they are to the family, for example \"grandmother\" or \"neighbor\".");
        relationship.setAutocomplete(Autocomplete.OFF);

        role.setRenderer(new ComponentRenderer<Component, FamilyRole>(InviteView::roleOption));
        role.addClassName("role-choice");

        // Decided when the page opens: the helper says what will happen to the address today.
        email.setHelperText(mailStatus.isOn()
                ? "We'll email them the link. You can also copy it and send it yourself."
                : "Village can't send email yet: we note the address for when mail delivery is "
                        + "switched on. For now, you send the link yourself.");
        email.setAutocomplete(Autocomplete.OFF);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        message.setHelperText("Shown to them when they open the link.");
        for (var field : new TextField[] {name, relationship, email}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }

        binder.bind(name, "name");
        binder.bind(relationship, "relationship");
        binder.bind(role, "role");
        binder.bind(email, "email");
        binder.bind(message, "message");


        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> submit());
        var form = new FormLayout(name, relationship, role, email, message, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        // Enter submits from the single-line fields; in the message it starts a new line.
        create.addClickShortcut(Key.ENTER).listenOn(name, relationship, email);
        formSection.add(intro, formProblem, form);

        inviteAnother.addClickListener(click -> {
            startOver();
            name.focus();
        });
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.addClickListener(click -> FamilyNavigation.navigateToMembers(requireSpace().id()));
    }

    private static Component roleOption(FamilyRole option) {
        var label = new Span(option.label());
        label.addClassName("role-label");
        var description = new Span(option.description());
        description.addClassName("quiet");
        var text = new Div(label, description);
        text.addClassName("role-option");
        return text;
    }

    private static InvitationForm emptyForm() {
        return new InvitationForm("", "", FamilyRole.SUPPORTER, "", "");
    }

    void submit() {
        var details = requireSpace();
        formProblem.clear();
        InvitationForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            FormMessages.focusFirstInvalid(name, relationship, email);
            return;
        }
        IssuedInvitation issued;
        try {
            issued = invitationService.invite(details.id(), form);
        } catch (FamilyProblem problem) {
            switch (problem.field()) {
                case NAME -> FormMessages.show(name, problem.getMessage());
                case EMAIL -> FormMessages.show(email, problem.getMessage());
                case ROLE -> {
                    role.setErrorMessage(problem.getMessage());
                    role.setInvalid(true);
                    role.scrollIntoView();
                }
                default -> {
                    formProblem.show(problem.getMessage());
                }
            }
            return;
        }
        showResult(details, form, issued);
    }

    private void showResult(SpaceDetails details, InvitationForm form, IssuedInvitation issued) {
        result.removeAll();
        linkPanel = new InvitationLinkPanel(issued.link(), "Join " + details.name() + " on Village");
        var summary = invitationService.invitations(details.id()).stream()
                .filter(invitation -> invitation.id().equals(issued.invitationId()))
                .findFirst();
        result.add(new H2("Send this link to " + form.name().strip()));
        var mailNotice = InvitationMailNotice.afterInvite(form.name().strip(), issued, mailStatus);
        if (mailNotice != null) {
            mailNotice.getElement().setAttribute("role", "status");
            result.add(mailNotice);
        }
        result.add(linkPanel, new Paragraph(validity(details, summary.orElse(null))));
        var actions = new Div(inviteAnother, done);
        actions.addClassName("actions");
        result.add(actions);
        formSection.setVisible(false);
        result.setVisible(true);
        linkPanel.copy.focus();
    }

    private String validity(SpaceDetails details, @Nullable InvitationSummary summary) {
        if (summary == null) {
            return "The link works for one person only, and only for a limited time.";
        }
        var days = Duration.between(summary.createdAt(), summary.expiresAt()).toDays();
        var until = TimeTexts.longDay(summary.expiresAt().atZone(details.zone()));
        return "The link works for " + days + (days == 1 ? " day" : " days") + " (until " + until
                + ") and for one person only: whoever opens it first can join.";
    }

    private void startOver() {
        binder.readRecord(emptyForm());
        result.removeAll();
        result.setVisible(false);
        linkPanel = null;
        formSection.setVisible(true);
    }

    private SpaceDetails requireSpace() {
        if (space == null) {
            throw new IllegalStateException("The invite page was used before it was opened");
        }
        return space;
    }
}
