package app.village.shift.ui;

import app.village.base.ui.Confirmations;
import app.village.base.ui.Links;
import app.village.base.ui.Toast;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import app.village.shift.Handoff;
import app.village.shift.ShiftDetails;
import app.village.shift.ShiftId;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftKind;
import app.village.shift.HandoffService;
import app.village.shift.ShiftService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * One shift: when, who, notes; the latest handoff before it began, shown first so the helper starting her
 * shift reads it before anything else; and, for the helper on it, the handoff form for the next person.
 */
@Route(ShiftNavigation.SHIFT)
@PermitAll
class ShiftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final ShiftService shifts;
    private final HandoffService handoffs;
    private final GuideCallouts callouts;
    private final Clock clock;
    private final FollowShifts live;
    private String title = "Shift · Village";

    // Built afresh for each shift.
    Button signUp = new Button();
    Button withdraw = new Button();
    Button cancelShift = new Button();
    Button stopRepeating = new Button();
    HandoffFields handoff = new HandoffFields();
    Button saveHandoff = new Button();

    // The parts that show the shift, redrawn when it changes; the handoff form is built once per visit.
    private H1 heading = new H1();
    private @Nullable Section lastHandoff;
    private Div facts = new Div();
    private Div bar = new Div();
    private Div formSlot = new Div();
    private Div written = new Div();
    private @Nullable Section handoffForm;
    private Registration following = () -> { };

    ShiftView(FamilyService families, ShiftService shifts, HandoffService handoffs, GuideCallouts callouts,
            Clock clock, FollowShifts live) {
        this.families = families;
        this.shifts = shifts;
        this.handoffs = handoffs;
        this.callouts = callouts;
        this.clock = clock;
        this.live = live;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var space = FamilyNavigation.spaceFor(event, families::space);
        if (space.isEmpty()) {
            return;
        }
        var shiftId = ShiftNavigation.shiftIdFrom(event.getRouteParameters());
        if (shiftId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        reload(space.get(), shiftId.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Builds the page for this visit: the parts that show the shift, and the handoff form once. */
    void reload(SpaceDetails space, ShiftId shiftId) {
        removeAll();
        following.remove();
        handoffForm = null;
        ShiftDetails details;
        try {
            details = shifts.shift(space.id(), shiftId);
        } catch (ShiftProblem gone) {
            showGone(space, gone);
            return;
        }
        heading = new H1();
        lastHandoff = null;
        facts = new Div();
        bar = new Div();
        bar.addClassName("actions");
        formSlot = new Div();
        written = new Div();
        add(FamilyNavigation.backToSpace(space.id(), space.name()), heading, facts);
        var shift = details.shift();
        if (shift.kind() == ShiftKind.NIGHT && details.maySignUp()) {
            GuideCallout.unlessHidden(Callout.FULL_NIGHTS_SLEEP, callouts).ifPresent(this::add);
        }
        add(bar, formSlot, written);
        draw(space, details);
        // Someone else's sign-up, change or handoff redraws what the page shows; the handoff she is typing stays.
        following = live.follow(this, space, () -> refresh(space, shiftId));
    }

    /** Reads the shift again and redraws what shows it; a shift cancelled meanwhile says so calmly. */
    void refresh(SpaceDetails space, ShiftId shiftId) {
        try {
            draw(space, shifts.shift(space.id(), shiftId));
        } catch (ShiftProblem gone) {
            following.remove();
            removeAll();
            showGone(space, gone);
        }
    }

    private void showGone(SpaceDetails space, ShiftProblem gone) {
        title = "Shift · Village";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("This shift is gone"),
                new Paragraph(gone.getMessage()), Links.routerLink(ShiftNavigation.shiftsPath(space.id()), "See all shifts"));
    }

    private void draw(SpaceDetails space, ShiftDetails details) {
        var shift = details.shift();
        title = shift.title() + " · Village";
        getUI().filter(ui -> isAttached()).ifPresent(ui -> ui.getPage().setTitle(title));
        heading.setText(shift.title());
        if (lastHandoff != null) {
            remove(lastHandoff);
            lastHandoff = null;
        }
        if (details.previous() != null && shift.mine()) {
            // Right under the heading, so the helper starting her shift reads it before anything else.
            lastHandoff = handoffSection("Before you start: the last handoff", details.previous(), "handoff-first");
            addComponentAtIndex(indexOf(heading) + 1, lastHandoff);
        }
        var list = new DescriptionList();
        list.addClassName("task-facts");
        fact(list, "Day", ShiftTexts.day(shift.start()));
        fact(list, "Time", ShiftTexts.hours(shift));
        var helpers = ShiftTexts.helpers(shift);
        fact(list, "Helpers", Character.toUpperCase(helpers.charAt(0)) + helpers.substring(1));
        fact(list, "Places", ShiftTexts.places(shift));
        if (details.repeats() != null) {
            fact(list, "Repeats", details.repeats());
        }
        if (shift.notes() != null) {
            fact(list, "Notes", shift.notes());
        }
        facts.removeAll();
        facts.add(list, Links.quiet(ShiftTexts.zoneLabel(shift.start().getZone())));

        drawActions(space, details);

        if (details.mayWriteHandoff() && handoffForm == null) {
            handoffForm = handoffForm(space, shift.id());
            formSlot.add(handoffForm);
        }
        formSlot.setVisible(details.mayWriteHandoff());
        written.removeAll();
        for (var note : details.handoffs()) {
            written.add(handoffSection("Handoff", note, "handoff"));
        }
    }

    private void drawActions(SpaceDetails space, ShiftDetails details) {
        var shift = details.shift();
        var actions = new ShiftActions(shifts, space.id(), clock.instant().atZone(space.zone()).toLocalDate(),
                () -> refresh(space, shift.id()));
        bar.removeAll();
        signUp = new Button("Sign up", click -> actions.signUp(shift));
        signUp.addThemeVariants(ButtonVariant.PRIMARY);
        signUp.setVisible(details.maySignUp());
        withdraw = new Button("Withdraw", click -> actions.withdraw(shift));
        withdraw.setVisible(shift.mine());
        bar.add(signUp, withdraw);
        if (shift.mayChange()) {
            var change = Links.routerLink(ShiftNavigation.editPath(space.id(), shift.id()),
                    details.repeats() == null ? "Change" : "Change this day");
            change.addClassName("button-link");
            bar.add(change);
            if (details.repeats() != null) {
                var changeAll = Links.routerLink(ShiftNavigation.editSeriesPath(space.id(), shift.id()),
                        "Change all coming days");
                changeAll.addClassName("button-link");
                stopRepeating = new Button("Stop repeating…", click -> confirmStop(space, shift.id()));
                bar.add(changeAll, stopRepeating);
            }
            cancelShift = new Button(details.repeats() == null ? "Cancel this shift…" : "Cancel this day…",
                    click -> confirmCancel(space, shift.id()));
            cancelShift.addThemeVariants(ButtonVariant.ERROR);
            bar.add(cancelShift);
        }
    }

    private Section handoffForm(SpaceDetails space, ShiftId shiftId) {
        handoff = new HandoffFields();
        saveHandoff = new Button("Save the handoff");
        saveHandoff.addThemeVariants(ButtonVariant.PRIMARY);
        saveHandoff.addClickListener(click -> {
            var form = handoff.write();
            if (form.isEmpty()) {
                return;
            }
            try {
                handoffs.writeHandoff(space.id(), shiftId, form.get());
            } catch (ConstraintViolationException refused) {
                handoff.show(refused);
                return;
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
                return;
            }
            Toast.show("Handoff saved. The next helper and the mother will see it.");
            // A fresh, empty form for the next handoff; the one she wrote shows under it.
            formSlot.removeAll();
            handoffForm = null;
            refresh(space, shiftId);
        });
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        handoff.all().forEach(form::add);
        form.add(saveHandoff);
        var section = new Section(new H2("Handoff for the next person"),
                Links.quiet("Before you go: a few words so nobody has to ask her. Fill in what you know."), form);
        section.addClassName("handoff-form");
        return section;
    }

    static Section handoffSection(String heading, Handoff note, String className) {
        var list = new DescriptionList();
        list.addClassName("task-facts");
        var content = note.content();
        if (content.lastFeedAt() != null || !content.lastFeed().isBlank()) {
            fact(list, "Last feed", (content.lastFeedAt() == null ? "" : ShiftTexts.time(content.lastFeedAt()) + " ")
                    + content.lastFeed());
        }
        if (!content.nappies().isBlank()) {
            fact(list, "Nappies", content.nappies());
        }
        if (!content.sleep().isBlank()) {
            fact(list, "Sleep", content.sleep());
        }
        if (!content.watchFor().isBlank()) {
            fact(list, "Watch for", content.watchFor());
        }
        if (!content.openTasks().isBlank()) {
            fact(list, "Still to do", content.openTasks());
        }
        var section = new Section(new H2(heading),
                Links.quiet("From " + note.author() + ", " + ShiftTexts.shortDay(note.writtenAt()) + " at "
                        + ShiftTexts.time(note.writtenAt().toLocalTime())), list);
        section.addClassName(className);
        return section;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private void confirmStop(SpaceDetails space, ShiftId shiftId) {
        Confirmations.ask("Stop repeating?", "This day, if it hasn't started, and every coming day go from "
                + "everyone's week and calendar, with the places people took. Past shifts stay.", "Stop repeating",
                "Keep it", () -> stopRepeating(space, shiftId));
    }

    private void stopRepeating(SpaceDetails space, ShiftId shiftId) {
        try {
            shifts.stopRepeating(space.id(), shiftId);
        } catch (ShiftProblem problem) {
            ShiftActions.tell(problem.getMessage());
            return;
        }
        ShiftActions.tell("The shift no longer repeats.");
        UI.getCurrent().navigate(ShiftNavigation.shiftsPath(space.id()));
    }

    private void confirmCancel(SpaceDetails space, ShiftId shiftId) {
        Confirmations.ask("Cancel this shift?", "It goes from everyone's week and calendar.", "Cancel the shift",
                "Keep it", () -> cancelShift(space, shiftId));
    }

    private void cancelShift(SpaceDetails space, ShiftId shiftId) {
        try {
            shifts.cancel(space.id(), shiftId);
        } catch (ShiftProblem problem) {
            ShiftActions.tell(problem.getMessage());
            return;
        }
        ShiftActions.tell("Shift cancelled.");
        UI.getCurrent().navigate(ShiftNavigation.shiftsPath(space.id()));
    }
}
