package app.village.family.ui;

import app.village.base.ui.FormMessages;
import app.village.base.ui.Links;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.FamilyProblem;
import app.village.family.FamilyService;
import app.village.family.NotAllowedException;
import app.village.family.SpaceDetails;
import app.village.family.SpaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The owner's settings for a space: its name, the baby, time zone, country and household notes; or deleting it.
 */
@Route(FamilyNavigation.SETTINGS)
@PageTitle("Space settings · Village")
@PermitAll
class SpaceSettingsView extends Main implements BeforeEnterObserver {

    private final FamilyService familyService;
    private final Clock clock;

    // Built afresh for each space: moving between two spaces' settings reuses this view.
    SpaceFormFields fields;
    Button save = new Button();
    Button delete = new Button();
    Dialog deleteDialog = new Dialog();
    TextField typedName = new TextField();
    Button confirmDelete = new Button();
    private Anchor backLink = new Anchor();

    SpaceSettingsView(FamilyService familyService, Clock clock) {
        this.familyService = familyService;
        this.clock = clock;
        this.fields = new SpaceFormFields(LocalDate.now(clock));
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, familyService::space);
        if (found.isEmpty()) {
            return;
        }
        var space = found.get();
        removeAll();
        if (!space.can(FamilyPermission.EDIT_SPACE)) {
            add(OwnersOnly.refusal(space, "A space's settings"));
            return;
        }
        backLink = FamilyNavigation.backToSpace(space.id(), space.name());
        add(backLink, new H1("Settings"), settingsForm(space), deleteSection(space));
    }

    private FormLayout settingsForm(SpaceDetails space) {
        fields = new SpaceFormFields(LocalDate.now(clock));
        fields.read(space.settings());
        save = new Button("Save settings");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save(space.id()));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(new H2("The space"));
        fields.basics().forEach(form::add);
        fields.whereTheyLive().forEach(form::add);
        form.add(new H2("Household notes"), Links.quiet("Everyone in the space can read these. They help people "
                + "who bring meals or come to help know what to do."));
        fields.householdNotes().forEach(form::add);
        form.add(new H2("Invitations"), fields.organizersMayInvite, save);
        return form;
    }

    void save(SpaceId spaceId) {
        var form = fields.write();
        if (form.isEmpty()) {
            return;
        }
        try {
            familyService.updateSpace(spaceId, form.get());
        } catch (FamilyProblem problem) {
            fields.show(problem);
            return;
        } catch (ConstraintViolationException refused) {
            fields.show(refused);
            return;
        }
        var renamed = FamilyNavigation.backToSpace(spaceId, form.get().name().strip());
        replace(backLink, renamed);
        backLink = renamed;
        Toast.show("Settings saved.");
    }

    private Section deleteSection(SpaceDetails space) {
        delete = new Button("Delete this space…");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> deleteDialog.open());

        deleteDialog = new Dialog();
        deleteDialog.setHeaderTitle("Delete " + space.name() + "?");
        typedName = new TextField("Name of the space");
        typedName.setHelperText("Type it as shown above to confirm.");
        typedName.setWidthFull();
        confirmDelete = new Button("Delete for everyone");
        confirmDelete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmDelete.addClickListener(click -> confirmDeletion(space.id()));
        var keep = new Button("Keep the space", click -> deleteDialog.close());
        var name = new Paragraph(space.name());
        name.addClassName("confirm-name");
        deleteDialog.add(new Paragraph("This removes the space and everything in it for every member. "
                + "It cannot be undone. To confirm, type the space's name:"), name, typedName);
        deleteDialog.getFooter().add(keep, confirmDelete);

        var section = new Section(new H2("Delete this space"),
                new Paragraph("Deleting the space removes it for everyone in the circle."), delete);
        section.addClassName("danger-zone");
        return section;
    }

    void confirmDeletion(SpaceId spaceId) {
        try {
            familyService.deleteSpace(spaceId, typedName.getValue());
        } catch (FamilyProblem problem) {
            FormMessages.show(typedName, problem.getMessage());
            return;
        } catch (NotAllowedException refused) {
            deleteDialog.close();
            Toast.problem("Only owners can delete the space.");
            return;
        }
        deleteDialog.close();
        Toast.show("The space is deleted.");
        FamilyNavigation.navigateToStart();
    }
}
