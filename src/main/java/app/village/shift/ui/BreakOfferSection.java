package app.village.shift.ui;

import app.village.base.ui.RecordBinders;
import app.village.family.SpaceDetails;
import app.village.shift.BreakService;
import app.village.shift.RespiteOfferForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/** "Offer her a break" on the rest page of her circle: a break she has not asked for, which she may accept. */
class BreakOfferSection extends Section {

    private final BreakService breaks;
    private final Clock clock;

    // Built afresh for each visit.
    DatePicker day = new DatePicker();
    TimePicker start = new TimePicker();
    TimePicker end = new TimePicker();
    TextArea note = new TextArea();
    Button offer = new Button();

    BreakOfferSection(BreakService breaks, Clock clock) {
        this.breaks = breaks;
        this.clock = clock;
    }

    /** Fills the section for this visit; {@code refresh} shows the page again once the offer is made. */
    BreakOfferSection show(SpaceDetails space, Runnable refresh) {
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        day = new DatePicker("Day", today.plusDays(1));
        start = new TimePicker("Free from", LocalTime.of(10, 0));
        end = new TimePicker("Until", LocalTime.of(14, 0));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        note = new TextArea("A note for her (optional)");
        note.setHelperText("For example \"I can take the baby for a walk\".");
        offer = new Button("Offer her a break");
        offer.addThemeVariants(ButtonVariant.PRIMARY);
        var binder = RecordBinders.forRecord(RespiteOfferForm.class);
        binder.bind(day, "day");
        binder.bind(start, "startTime");
        binder.bind(end, "endTime");
        binder.bind(note, "note");
        binder.readRecord(new RespiteOfferForm(today.plusDays(1), LocalTime.of(10, 0), LocalTime.of(14, 0), ""));
        offer.addClickListener(click -> {
            if (FieldRefusals.submit(() -> breaks.offerRespite(space.id(), binder.writeRecord()),
                    Map.of("day", day, "note", note), end,
                    "Thank you. She'll see your offer and can accept it.")) {
                refresh.run();
            }
        });
        var form = new FormLayout(day, start, end, note, offer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Offer her a break"), form);
        return this;
    }
}
