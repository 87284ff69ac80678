package app.village.shift.ui;

import app.village.base.ui.Confirmations;
import app.village.base.ui.Links;
import app.village.family.SpaceDetails;
import app.village.shift.RestService;
import app.village.shift.SleepCover;
import app.village.shift.SleepWindowForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Protected sleep" on the rest page: for the mother, who has her nights and the window that keeps them open;
 * for her circle, when she sleeps and the nights to take.
 */
class SleepSection extends Section {

    private final RestService rest;
    private final SleepNights nights;
    private final FollowShifts live;

    // Built afresh for each visit.
    TimePicker start = new TimePicker();
    TimePicker end = new TimePicker();
    Button save = new Button();

    // The window the fields were last set to: while they still hold it, she hasn't touched them.
    private @Nullable LocalTime drawnStart;
    private @Nullable LocalTime drawnEnd;
    Paragraph changedMeanwhile = new Paragraph();

    // What shows her nights, redrawn while the section is shown.
    private Div herNights = new Div();
    private Div circleNote = new Div();
    private Div stopSlot = new Div();
    private Div circleNights = new Div();
    private Registration following = () -> { };

    SleepSection(RestService rest, SleepNights nights, FollowShifts live) {
        this.rest = rest;
        this.nights = nights;
        this.live = live;
        addClassName("sleep-cover");
    }

    /**
     * Fills the section for this visit; {@code refresh} shows the page again after a change of hers. While it is
     * shown, someone else taking a night or setting a new window redraws the nights and what they say; the
     * window's fields take a new window only while she hasn't touched them.
     */
    SleepSection show(SpaceDetails space, boolean hers, Runnable refresh) {
        removeAll();
        following.remove();
        var cover = rest.sleepCover(space.id());
        herNights = new Div();
        circleNote = new Div();
        stopSlot = new Div();
        circleNights = new Div();
        add(new H2("Protected sleep"));
        // Who has her nights leads; the window that sets them up is changed rarely.
        add(herNights);
        if (hers) {
            add(Links.quiet("Choose the hours you'd like to sleep. Village keeps a night shift open for each "
                    + "of the next two weeks so someone can take the baby, and sends you nothing in those hours."));
            start = new TimePicker("Fall asleep at");
            end = new TimePicker("Wake at");
            start.setStep(Duration.ofMinutes(15));
            end.setStep(Duration.ofMinutes(15));
            drawnStart = startOf(cover);
            drawnEnd = endOf(cover);
            start.setValue(drawnStart);
            end.setValue(drawnEnd);
            changedMeanwhile = new Paragraph();
            changedMeanwhile.addClassName("quiet");
            changedMeanwhile.getElement().setAttribute("aria-live", "polite");
            changedMeanwhile.setVisible(false);
            save = new Button();
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(click -> saveWindow(space, refresh));
            var form = new FormLayout(start, end, save);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            form.setColspan(save, 2);
            add(form, changedMeanwhile, stopSlot);
        } else {
            add(circleNote);
        }
        add(circleNights);
        draw(space, hers, cover, refresh);
        following = live.follow(this, space, () -> draw(space, hers, rest.sleepCover(space.id()), refresh));
        return this;
    }

    /**
     * The parts that show her nights and window, drawn again when they change. The window's fields follow a
     * window changed elsewhere only while they hold what was drawn; times she is choosing are left alone.
     */
    private void draw(SpaceDetails space, boolean hers, SleepCover cover, Runnable refresh) {
        herNights.removeAll();
        circleNights.removeAll();
        if (hers) {
            followTheWindow(cover);
            if (!cover.nights().isEmpty()) {
                herNights.add(nights.show(space, cover, true, refresh));
            }
            save.setText(cover.isSet() ? "Save my sleep window" : "Protect my sleep");
            stopSlot.removeAll();
            if (cover.isSet()) {
                stopSlot.add(new Button("Stop protecting my sleep…", click -> Confirmations.ask(
                        "Stop protecting your sleep?", whatSheLoses(cover), "Stop protecting my sleep",
                        "Keep my sleep protected", () -> {
                            rest.clearSleepWindow(space.id());
                            ShiftActions.tell("Your sleep window is removed.");
                            refresh.run();
                        })));
            }
            return;
        }
        circleNote.removeAll();
        circleNote.add(cover.isSet() ? Links.quiet("She sleeps from " + ShiftTexts.time(cover.start()) + " to "
                + ShiftTexts.time(cover.end()) + ". Take a night so she can.")
                : Links.quiet("She hasn't set a sleep window yet."));
        if (!cover.nights().isEmpty()) {
            circleNights.add(nights.show(space, cover, false, refresh));
        }
    }

    /**
     * Someone else (her partner, another owner) set, changed or removed her window. Untouched fields take the new
     * times; fields she has changed keep hers, and a line says that saving would replace the new window.
     */
    private void followTheWindow(SleepCover cover) {
        var newStart = startOf(cover);
        var newEnd = endOf(cover);
        if (Objects.equals(start.getValue(), newStart) && Objects.equals(end.getValue(), newEnd)) {
            changedMeanwhile.setVisible(false);
        } else if (Objects.equals(start.getValue(), drawnStart) && Objects.equals(end.getValue(), drawnEnd)) {
            start.setValue(newStart);
            end.setValue(newEnd);
            changedMeanwhile.setVisible(false);
        } else if (!Objects.equals(newStart, drawnStart) || !Objects.equals(newEnd, drawnEnd)) {
            changedMeanwhile.setText(cover.isSet()
                    ? "Meanwhile your sleep window was changed to " + ShiftTexts.time(newStart) + " to "
                            + ShiftTexts.time(newEnd) + ". If you save, the times above replace it."
                    : "Meanwhile your sleep window was removed. If you save, the times above protect your sleep again.");
            changedMeanwhile.setVisible(true);
        }
        drawnStart = newStart;
        drawnEnd = newEnd;
    }

    /** The window's fields start from her window, or from 11 PM to 4 AM when she has none. */
    private static LocalTime startOf(SleepCover cover) {
        return cover.start() == null ? LocalTime.of(23, 0) : cover.start();
    }

    private static LocalTime endOf(SleepCover cover) {
        return cover.end() == null ? LocalTime.of(4, 0) : cover.end();
    }

    /** What goes when she stops: the open nights Village kept for her, and with tonight's, tonight's helper. */
    static String whatSheLoses(SleepCover cover) {
        var open = cover.nights().stream().filter(night -> night.keptForHerSleep() && !night.covered()).count();
        var taken = cover.nights().stream().filter(night -> night.keptForHerSleep() && night.covered()).count();
        var text = new StringBuilder("Village stops keeping your nights open for someone to take the baby.");
        if (open > 0) {
            text.append(open == 1 ? " The 1 night no one has taken yet goes" : " The " + open
                    + " nights no one has taken yet go").append(" from the schedule, so no one can sign up for ")
                    .append(open == 1 ? "it." : "them.");
        }
        if (taken > 0) {
            text.append(taken == 1 ? " The 1 night someone already took stays." : " The " + taken
                    + " nights someone already took stay.");
        }
        return text.toString();
    }

    private void saveWindow(SpaceDetails space, Runnable refresh) {
        try {
            rest.setSleepWindow(space.id(), new SleepWindowForm(start.getValue(), end.getValue()));
        } catch (ConstraintViolationException refused) {
            FieldRefusals.showOn(refused, Map.of("start", start), end);
            return;
        }
        ShiftActions.tell("Your sleep is protected. Night shifts are open for the next two weeks.");
        refresh.run();
    }
}
