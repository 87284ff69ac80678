package app.village.notification.ui;

import app.village.base.ui.FormMessages;
import app.village.base.ui.Toast;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesProblem;
import app.village.notification.MailPreferencesService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The "Notifications" section of her account page (element id {@code notifications}, where the footer of every
 * mail links): each kind of mail on or off, when reminders come, quiet hours, and a place for the account page's
 * own part about the address mail goes to. Saving checks everything in the service and shows a refusal next to
 * its field; nothing is saved half.
 */
@SpringComponent
@Scope("prototype")
public class NotificationsSection extends Section {

    /** The element id the mail footer's link {@code account#notifications} lands on. */
    public static final String ID = "notifications";

    enum DigestChoice {
        BY_ROLE("As my role suggests (on for owners and organizers)"), ON("On"), OFF("Off");

        private final String label;

        DigestChoice(String label) {
            this.label = label;
        }
    }

    private final MailPreferencesService preferences;

    final Checkbox membership = new Checkbox("Invitations and membership");
    final Checkbox reminders = new Checkbox("Reminders before shifts and tasks I'm on");
    final Checkbox eveningBefore = new Checkbox("The evening before, at");
    final TimePicker eveningBeforeAt = new TimePicker("Time of the evening reminder");
    final Checkbox beforeStart = new Checkbox("Shortly before it starts");
    final Select<Duration> beforeStartBy = new Select<>();
    final RadioButtonGroup<DigestChoice> digest = new RadioButtonGroup<>("Daily summary");
    final Checkbox changes = new Checkbox("Asks and changes to things I'm on");
    final Checkbox quietHours = new Checkbox("Quiet hours: hold mail back, and send it together afterwards");
    final TimePicker quietFrom = new TimePicker("From");
    final TimePicker quietUntil = new TimePicker("Until");
    final ComboBox<String> quietZone = new ComboBox<>("Time zone");
    final Button save = new Button("Save");
    private final Section addressPart = new Section();

    NotificationsSection(MailPreferencesService preferences) {
        this.preferences = preferences;
        setId(ID);
        eveningBeforeAt.setStep(Duration.ofMinutes(15));
        quietFrom.setStep(Duration.ofMinutes(15));
        quietUntil.setStep(Duration.ofMinutes(15));
        beforeStartBy.setLabel("How long before");
        beforeStartBy.setItems(MailPreferencesService.BEFORE_START_CHOICES);
        beforeStartBy.setItemLabelGenerator(NotificationsSection::before);
        digest.setItems(DigestChoice.values());
        digest.setItemLabelGenerator(choice -> choice.label);
        quietZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        quietZone.setItemLabelGenerator(zone -> zone.replace('_', ' '));
        quietZone.setHelperText("Your quiet hours follow this clock.");

        reminders.addValueChangeListener(change -> enableReminderTimes());
        eveningBefore.addValueChangeListener(change -> enableReminderTimes());
        beforeStart.addValueChangeListener(change -> enableReminderTimes());
        quietHours.addValueChangeListener(change -> enableQuietHours());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> submit());

        var reminderTimes = new FormLayout(eveningBefore, eveningBeforeAt, beforeStart, beforeStartBy);
        reminderTimes.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2));
        var quiet = new FormLayout(quietFrom, quietUntil, quietZone);
        quiet.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var kinds = new FormLayout(membership, reminders, reminderTimes, digest, changes);
        kinds.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Notifications"),
                new Paragraph("What Village may send you by email. Messages about your account itself, and "
                        + "links you ask for, always come."),
                kinds,
                new H3("Quiet hours"),
                new Paragraph("Nothing arrives in your quiet hours. What comes in meanwhile is sent as one "
                        + "message when they end."),
                quietHours, quiet, save, addressPart);
        show(preferences.mine());
    }

    /** The account page's part about the address mail goes to, below the Save button: it has its own form. */
    public NotificationsSection withAddressPart(Component part) {
        addressPart.removeAll();
        addressPart.add(new H3("Where mail goes"), part);
        return this;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // The footer's link ends in #notifications; the page is built after the browser looked for that anchor.
        getElement().executeJs("if (window.location.hash === '#' + this.id) { this.scrollIntoView(); }");
    }

    private void show(MailPreferences mine) {
        membership.setValue(mine.membership());
        reminders.setValue(mine.reminders());
        eveningBefore.setValue(mine.eveningBeforeAt() != null);
        eveningBeforeAt.setValue(Objects.requireNonNullElse(mine.eveningBeforeAt(),
                MailPreferences.DEFAULT_EVENING_BEFORE));
        beforeStart.setValue(mine.beforeStart() != null);
        beforeStartBy.setValue(Objects.requireNonNullElse(mine.beforeStart(), MailPreferences.DEFAULT_BEFORE_START));
        digest.setValue(mine.digest() == null ? DigestChoice.BY_ROLE : mine.digest() ? DigestChoice.ON
                : DigestChoice.OFF);
        changes.setValue(mine.changes());
        quietHours.setValue(mine.quietFrom() != null);
        quietFrom.setValue(Objects.requireNonNullElse(mine.quietFrom(), LocalTime.of(22, 0)));
        quietUntil.setValue(Objects.requireNonNullElse(mine.quietUntil(), LocalTime.of(7, 0)));
        if (mine.quietZone() != null) {
            quietZone.setValue(mine.quietZone().getId());
        } else {
            quietZone.setValue(ZoneOffset.UTC.getId());
            useTheBrowsersTimeZone();
        }
        enableReminderTimes();
        enableQuietHours();
    }

    /** Quiet hours are kept on her phone's clock unless she picks another zone. */
    private void useTheBrowsersTimeZone() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            var zone = known(details.getTimeZoneId());
            if (zone != null && ZoneOffset.UTC.getId().equals(quietZone.getValue())) {
                quietZone.setValue(zone);
            }
        });
    }

    private static @Nullable String known(@Nullable String zone) {
        try {
            return zone != null && ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId())
                    ? ZoneId.of(zone).getId()
                    : null;
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private void enableReminderTimes() {
        eveningBefore.setEnabled(reminders.getValue());
        beforeStart.setEnabled(reminders.getValue());
        eveningBeforeAt.setEnabled(reminders.getValue() && eveningBefore.getValue());
        beforeStartBy.setEnabled(reminders.getValue() && beforeStart.getValue());
    }

    private void enableQuietHours() {
        quietFrom.setEnabled(quietHours.getValue());
        quietUntil.setEnabled(quietHours.getValue());
        quietZone.setEnabled(quietHours.getValue());
    }

    void submit() {
        clearProblems();
        if (eveningBefore.getValue() && eveningBeforeAt.getValue() == null) {
            FormMessages.show(eveningBeforeAt, "Please choose a time for the evening reminder.");
            return;
        }
        var quiet = quietHours.getValue();
        var wanted = new MailPreferences(membership.getValue(), reminders.getValue(),
                switch (Objects.requireNonNullElse(digest.getValue(), DigestChoice.BY_ROLE)) {
                    case BY_ROLE -> null;
                    case ON -> true;
                    case OFF -> false;
                },
                changes.getValue(),
                eveningBefore.getValue() ? eveningBeforeAt.getValue() : null,
                beforeStart.getValue() ? beforeStartBy.getValue() : null,
                quiet ? quietFrom.getValue() : null,
                quiet ? quietUntil.getValue() : null,
                quiet && known(quietZone.getValue()) != null ? ZoneId.of(quietZone.getValue()) : null);
        try {
            preferences.saveMine(wanted);
        } catch (MailPreferencesProblem problem) {
            showNextToItsField(problem);
            return;
        }
        Toast.show("Saved");
    }

    private void clearProblems() {
        for (HasValidation field : new HasValidation[] {eveningBeforeAt, beforeStartBy, quietFrom, quietUntil,
                quietZone}) {
            field.setInvalid(false);
        }
    }

    private void showNextToItsField(MailPreferencesProblem problem) {
        switch (problem.field()) {
            case QUIET_FROM -> FormMessages.show(quietFrom, problem.getMessage());
            case QUIET_UNTIL -> FormMessages.show(quietUntil, problem.getMessage());
            case QUIET_ZONE -> FormMessages.show(quietZone, problem.getMessage());
            case EVENING_BEFORE -> FormMessages.show(eveningBeforeAt, problem.getMessage());
            case BEFORE_START -> FormMessages.show(beforeStartBy, problem.getMessage());
        }
    }

    private static String before(Duration duration) {
        return duration.toMinutes() < 60 ? duration.toMinutes() + " min before" : duration.toHours() + " h before";
    }
}
