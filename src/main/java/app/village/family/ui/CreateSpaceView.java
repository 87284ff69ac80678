package app.village.family.ui;

import app.village.family.FamilyProblem;
import app.village.family.FamilyService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** Opening a family space: a name, the baby if she likes, and the family's time zone. Notes come later. */
@Route(FamilyNavigation.NEW_SPACE)
@PageTitle("Start a family space · Village")
@PermitAll
class CreateSpaceView extends Main {

    private final FamilyService familyService;

    final SpaceFormFields fields;
    final Button create = new Button("Create the space");

    CreateSpaceView(FamilyService familyService, Clock clock) {
        this.familyService = familyService;
        this.fields = new SpaceFormFields(LocalDate.now(clock));
        addClassName("narrow-page");

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> submit());
        var form = new FormLayout();
        fields.basics().forEach(form::add);
        form.add(create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        create.addClickShortcut(Key.ENTER).listenOn(form);

        add(new H1("Start a family space"),
                new Paragraph("A private place for your baby's circle. Only the people you invite can see it, "
                        + "and you can change all of this later in the space's settings."),
                form);
        useTheBrowsersTimeZone();
    }

    /** Most families live where the phone is; she can still pick another zone. */
    private void useTheBrowsersTimeZone() {
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> {
            var zone = details.getTimeZoneId();
            if (zone != null && isKnown(zone) && SpaceFormFields.DEFAULT_ZONE.equals(fields.timeZone.getValue())) {
                fields.timeZone.setValue(ZoneId.of(zone).getId());
            }
        });
    }

    private static boolean isKnown(String zone) {
        try {
            return ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    void submit() {
        var form = fields.write();
        if (form.isEmpty()) {
            return;
        }
        try {
            var spaceId = familyService.createSpace(form.get());
            FamilyNavigation.navigateToHome(spaceId);
        } catch (FamilyProblem problem) {
            fields.show(problem);
        } catch (ConstraintViolationException refused) {
            fields.show(refused);
        }
    }
}
