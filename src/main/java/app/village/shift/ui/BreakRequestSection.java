package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.base.ui.RecordBinders;
import app.village.family.SpaceDetails;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import app.village.shift.BreakService;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/** "Ask for a break" on the mother's rest page: her break shows to her circle as an open shift. */
class BreakRequestSection extends Section {

    private final BreakService breaks;
    private final GuideCallouts callouts;
    private final Clock clock;

    // Built afresh for each visit.
    DatePicker day = new DatePicker();
    TimePicker start = new TimePicker();
    TimePicker end = new TimePicker();
    RadioButtonGroup<RestActivity> activity = new RadioButtonGroup<>();
    TextArea note = new TextArea();
    Button ask = new Button();

    BreakRequestSection(BreakService breaks, GuideCallouts callouts, Clock clock) {
        this.breaks = breaks;
        this.callouts = callouts;
        this.clock = clock;
    }

    /** Fills the section for this visit; {@code refresh} shows the page again once she asked. */
    BreakRequestSection show(SpaceDetails space, Runnable refresh) {
        removeAll();
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        day = new DatePicker("Day", today);
        start = new TimePicker("From", LocalTime.of(14, 0));
        end = new TimePicker("Until", LocalTime.of(16, 0));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        activity = new RadioButtonGroup<>("What would you like to do?");
        activity.setItems(RestActivity.values());
        activity.setItemLabelGenerator(RestActivity::label);
        activity.setValue(RestActivity.SLEEP);
        note = new TextArea("A note for your circle (optional)");
        ask = new Button("Ask for a break");
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        var binder = RecordBinders.forRecord(RespiteRequest.class);
        binder.bind(day, "day");
        binder.bind(start, "startTime");
        binder.bind(end, "endTime");
        binder.bind(activity, "activity");
        binder.bind(note, "note");
        binder.readRecord(new RespiteRequest(today, LocalTime.of(14, 0), LocalTime.of(16, 0), RestActivity.SLEEP, ""));
        ask.addClickListener(click -> {
            if (FieldRefusals.submit(() -> breaks.askForBreak(space.id(), binder.writeRecord()),
                    Map.of("day", day, "note", note), end,
                    "Your circle can see your break now. Someone will sign up for it.")) {
                refresh.run();
            }
        });
        var form = new FormLayout(day, start, end, activity, note, ask);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Ask for a break"), Links.quiet("Your break shows to your circle as an open shift anyone can take."));
        GuideCallout.unlessHidden(Callout.WHY_REST_MATTERS, callouts).ifPresent(this::add);
        add(form);
        return this;
    }
}
