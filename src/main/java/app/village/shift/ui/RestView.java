package app.village.shift.ui;

import app.village.base.ui.Confirmations;
import app.village.base.ui.RecordBinders;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyNavigation;
import app.village.family.ui.Links;
import app.village.guide.Callout;
import app.village.guide.GuideCallouts;
import app.village.guide.ui.GuideCallout;
import app.village.shift.NightAskService;
import app.village.shift.RespiteOfferForm;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftService;
import app.village.shift.SleepCover;
import app.village.shift.SleepWindowForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The mother's rest: her hours of rest this week, her protected sleep (a night shift kept open for each of
 * the coming nights, and which are covered), asking for a break, and the breaks her circle offers. Her
 * circle sees the same page from their side: nights to take, and a way to offer her a break.
 */
@Route(ShiftNavigation.REST)
@RouteAlias(ShiftNavigation.SPACE_REST)
@PermitAll
class RestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyService families;
    private final ShiftService shifts;
    private final NightAskService nightAsks;
    private final GuideCallouts callouts;
    private final Clock clock;
    private String title = "Rest · Village";

    // Built afresh for each visit.
    TimePicker sleepStart = new TimePicker();
    TimePicker sleepEnd = new TimePicker();
    Button saveSleep = new Button();
    DatePicker breakDay = new DatePicker();
    TimePicker breakStart = new TimePicker();
    TimePicker breakEnd = new TimePicker();
    RadioButtonGroup<RestActivity> activity = new RadioButtonGroup<>();
    TextArea breakNote = new TextArea();
    Button askForBreak = new Button();
    DatePicker offerDay = new DatePicker();
    TimePicker offerStart = new TimePicker();
    TimePicker offerEnd = new TimePicker();
    TextArea offerNote = new TextArea();
    Button offer = new Button();
    RadioButtonGroup<NightAskService.Person> whoToAsk = new RadioButtonGroup<>();

    RestView(FamilyService families, ShiftService shifts, NightAskService nightAsks, GuideCallouts callouts,
            Clock clock) {
        this.families = families;
        this.shifts = shifts;
        this.nightAsks = nightAsks;
        this.callouts = callouts;
        this.clock = clock;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FamilyNavigation.spaceOrLastUsed(event, families).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show(SpaceDetails space) {
        title = "Rest · " + space.name() + " · Village";
        removeAll();
        var hers = space.can(FamilyPermission.PLAN_OWN_REST);
        add(Links.backToSpace(space.id(), space.name()), new H1(hers ? "Your rest" : "Her rest"));
        add(new Paragraph("Sleep and a little time to herself make the early weeks easier for a new mother, and "
                + "leave her more room to enjoy her baby. Covering a night or a few hours is one of the most useful "
                + "things her circle can do."));
        var week = shifts.restThisWeek(space.id());
        var summary = new Paragraph((hers ? "Your rest this week: " : "Her rest this week: ")
                + ShiftTexts.duration(week.rest()) + " covered, " + week.coveredNights()
                + (week.coveredNights() == 1 ? " night" : " nights") + " with someone on the night shift.");
        summary.addClassName("lead");
        add(summary);
        if (hers) {
            // What her circle offers her comes first, so an answer she owes is never under the forms.
            add(offersSection(space, true), sleepSection(space, true), breakSection(space));
        } else {
            add(sleepSection(space, false), offersSection(space, false));
            if (space.can(FamilyPermission.OFFER_RESPITE)) {
                add(offerSection(space));
            }
        }
        var calendar = Links.routerLink(ShiftNavigation.CALENDAR_FEED, "Add the nights and shifts to my calendar");
        calendar.addClassName("calendar-link");
        add(new Paragraph(calendar), Links.quiet(ShiftTexts.zoneLabel(space.zone())));
    }

    private Section sleepSection(SpaceDetails space, boolean hers) {
        var cover = shifts.sleepCover(space.id());
        var section = new Section(new H2("Protected sleep"));
        section.addClassName("sleep-cover");
        // Who has her nights leads; the window that sets them up is changed rarely.
        if (hers && !cover.nights().isEmpty()) {
            section.add(nights(space, cover, true));
        }
        if (hers) {
            section.add(Links.quiet("Choose the hours you'd like to sleep. Village keeps a night shift open for each "
                    + "of the next two weeks so someone can take the baby, and sends you nothing in those hours."));
            sleepStart = new TimePicker("Fall asleep at");
            sleepEnd = new TimePicker("Wake at");
            sleepStart.setStep(Duration.ofMinutes(15));
            sleepEnd.setStep(Duration.ofMinutes(15));
            sleepStart.setValue(cover.start() == null ? LocalTime.of(23, 0) : cover.start());
            sleepEnd.setValue(cover.end() == null ? LocalTime.of(4, 0) : cover.end());
            saveSleep = new Button(cover.isSet() ? "Save my sleep window" : "Protect my sleep");
            saveSleep.addThemeVariants(ButtonVariant.PRIMARY);
            saveSleep.addClickListener(click -> saveSleepWindow(space));
            var form = new FormLayout(sleepStart, sleepEnd, saveSleep);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            form.setColspan(saveSleep, 2);
            section.add(form);
            if (cover.isSet()) {
                var stop = new Button("Stop protecting my sleep…", click -> Confirmations.ask(
                        "Stop protecting your sleep?", whatSheLoses(cover), "Stop protecting my sleep",
                        "Keep my sleep protected", () -> {
                            shifts.clearSleepWindow(space.id());
                            ShiftActions.tell("Your sleep window is removed.");
                            show(space);
                        }));
                section.add(stop);
            }
        } else if (!cover.isSet()) {
            section.add(Links.quiet("She hasn't set a sleep window yet."));
        } else {
            section.add(Links.quiet("She sleeps from " + ShiftTexts.time(cover.start()) + " to "
                    + ShiftTexts.time(cover.end()) + ". Take a night so she can."));
        }
        if (!hers && !cover.nights().isEmpty()) {
            section.add(nights(space, cover, false));
        }
        return section;
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

    /**
     * The covered nights first, then the open ones in a calm list: an open night is not an alarm, it is a
     * night her circle can still take, or she can ask one of them to.
     */
    private Div nights(SpaceDetails space, SleepCover cover, boolean hers) {
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        var mayTake = !hers && space.can(FamilyPermission.CLAIM_CARE);
        var nights = new Div();
        var covered = cover.nights().stream().filter(SleepCover.Night::covered).toList();
        var open = cover.nights().stream().filter(night -> !night.covered()).toList();
        if (!covered.isEmpty()) {
            var list = new UnorderedList();
            list.addClassNames("night-list", "nights-covered");
            covered.forEach(night -> list.add(night(space, night, nightName(night, today))));
            nights.add(list);
        }
        if (!open.isEmpty()) {
            var count = open.size() == 1 ? "1 night" : open.size() + " nights";
            nights.add(Links.quiet(hers
                    ? count + " still open. Your circle sees them and can take one, or you can ask someone."
                    : count + " still open. Taking one lets her sleep."));
            var list = new UnorderedList();
            list.addClassNames("night-list", "nights-open");
            for (var night : open) {
                var name = nightName(night, today);
                var item = night(space, night, name);
                if (mayTake) {
                    item.add(takeButton(space, night, name));
                } else if (hers) {
                    var ask = new Button("Ask someone", click -> askSomeone(space, night, name));
                    ask.getElement().setAttribute("aria-label", "Ask someone to take " + name.toLowerCase(Locale.US));
                    item.add(ask);
                }
                list.add(item);
            }
            nights.add(list);
        }
        return nights;
    }

    private static String nightName(SleepCover.Night night, LocalDate today) {
        return night.day().equals(today) ? "Tonight" : night.day().equals(today.plusDays(1)) ? "Tomorrow night"
                : night.day().format(DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US));
    }

    private static ListItem night(SpaceDetails space, SleepCover.Night night, String name) {
        var state = new Span(night.covered() ? "Covered by " + ShiftTexts.coveredBy(night) : "Open");
        state.addClassName(night.covered() ? "night-covered" : "night-open");
        var item = new ListItem(Links.routerLink(ShiftNavigation.shiftPath(space.id(), night.shiftId()), name), state);
        item.addClassName("night");
        return item;
    }

    private Button takeButton(SpaceDetails space, SleepCover.Night night, String name) {
        var take = new Button("Take this night", click -> {
            try {
                shifts.signUp(space.id(), night.shiftId());
                ShiftActions.tell("Thank you. She can sleep.");
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
            }
            show(space);
        });
        take.addThemeVariants(ButtonVariant.PRIMARY);
        take.getElement().setAttribute("aria-label", "Take the night shift: " + name);
        return take;
    }

    /** She picks one person of her circle; the night stays open for anyone meanwhile. */
    private void askSomeone(SpaceDetails space, SleepCover.Night night, String name) {
        var people = nightAsks.peopleToAsk(space.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle("Ask someone to take " + name.toLowerCase(Locale.US));
        if (people.isEmpty()) {
            dialog.add(new Paragraph("There is nobody in your circle who takes shifts yet. Invite someone first."));
            dialog.getFooter().add(new Button("Close", click -> dialog.close()));
            dialog.open();
            return;
        }
        whoToAsk = new RadioButtonGroup<>("Who would you like to ask?");
        whoToAsk.setItems(people);
        whoToAsk.setItemLabelGenerator(NightAskService.Person::name);
        var ask = new Button("Ask", click -> {
            var person = whoToAsk.getValue();
            if (person == null) {
                whoToAsk.setErrorMessage("Please choose who to ask.");
                whoToAsk.setInvalid(true);
                return;
            }
            try {
                nightAsks.askToTakeNight(space.id(), night.shiftId(), person.accountId());
                ShiftActions.tell("Asked " + person.name() + ". The night stays open for anyone until it is taken.");
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
            }
            dialog.close();
            show(space);
        });
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(whoToAsk);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ask);
        dialog.open();
    }

    private void saveSleepWindow(SpaceDetails space) {
        try {
            shifts.setSleepWindow(space.id(), new SleepWindowForm(sleepStart.getValue(), sleepEnd.getValue()));
        } catch (ConstraintViolationException refused) {
            showOn(refused, Map.of("start", sleepStart), sleepEnd);
            return;
        }
        ShiftActions.tell("Your sleep is protected. Night shifts are open for the next two weeks.");
        show(space);
    }

    private Section breakSection(SpaceDetails space) {
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        breakDay = new DatePicker("Day", today);
        breakStart = new TimePicker("From", LocalTime.of(14, 0));
        breakEnd = new TimePicker("Until", LocalTime.of(16, 0));
        breakStart.setStep(Duration.ofMinutes(15));
        breakEnd.setStep(Duration.ofMinutes(15));
        activity = new RadioButtonGroup<>("What would you like to do?");
        activity.setItems(RestActivity.values());
        activity.setItemLabelGenerator(RestActivity::label);
        activity.setValue(RestActivity.SLEEP);
        breakNote = new TextArea("A note for your circle (optional)");
        askForBreak = new Button("Ask for a break");
        askForBreak.addThemeVariants(ButtonVariant.PRIMARY);
        var binder = RecordBinders.forRecord(RespiteRequest.class);
        binder.bind(breakDay, "day");
        binder.bind(breakStart, "startTime");
        binder.bind(breakEnd, "endTime");
        binder.bind(activity, "activity");
        binder.bind(breakNote, "note");
        binder.readRecord(new RespiteRequest(today, LocalTime.of(14, 0), LocalTime.of(16, 0), RestActivity.SLEEP, ""));
        askForBreak.addClickListener(click -> {
            try {
                shifts.askForBreak(space.id(), binder.writeRecord());
            } catch (ValidationException invalid) {
                return;
            } catch (ConstraintViolationException refused) {
                showOn(refused, Map.of("day", breakDay, "note", breakNote), breakEnd);
                return;
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
                return;
            }
            ShiftActions.tell("Your circle can see your break now. Someone will sign up for it.");
            show(space);
        });
        var form = new FormLayout(breakDay, breakStart, breakEnd, activity, breakNote, askForBreak);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var section = new Section(new H2("Ask for a break"), Links.quiet("Your break shows to your circle as an open "
                + "shift anyone can take."));
        GuideCallout.unlessHidden(Callout.WHY_REST_MATTERS, callouts).ifPresent(section::add);
        section.add(form);
        return section;
    }

    private Section offersSection(SpaceDetails space, boolean hers) {
        var open = shifts.openOffers(space.id());
        var section = new Section(new H2(hers ? "Breaks offered to you" : "Offers of a break"));
        if (open.isEmpty()) {
            section.add(Links.quiet(hers ? "No offers right now." : "No open offers."));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("task-list");
        for (var each : open) {
            var item = new ListItem();
            item.addClassName("task-card");
            var who = new Paragraph(each.offeredBy() + ": " + ShiftTexts.shortDay(each.start()) + ", "
                    + ShiftTexts.hours(each.start(), each.end()));
            who.addClassName("task-title");
            item.add(who);
            if (each.note() != null) {
                item.add(new Paragraph(each.note()));
            }
            var buttons = new Div();
            buttons.addClassName("task-actions");
            if (hers) {
                var accept = new Button("Accept", click -> answer(space, () -> shifts.acceptOffer(space.id(), each.id()),
                        "Accepted. It's on the shift calendar."));
                accept.addThemeVariants(ButtonVariant.PRIMARY);
                accept.getElement().setAttribute("aria-label", "Accept the break from " + each.offeredBy());
                var decline = new Button("No, thank you", click -> answer(space,
                        () -> shifts.declineOffer(space.id(), each.id()), "Declined."));
                decline.getElement().setAttribute("aria-label", "Decline the break from " + each.offeredBy());
                buttons.add(accept, decline);
            } else if (each.mine()) {
                buttons.add(new Button("Take back my offer", click -> answer(space,
                        () -> shifts.withdrawOffer(space.id(), each.id()), "Your offer is taken back.")));
            }
            if (buttons.getComponentCount() > 0) {
                item.add(buttons);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private void answer(SpaceDetails space, Runnable action, String thanks) {
        try {
            action.run();
            ShiftActions.tell(thanks);
        } catch (ShiftProblem problem) {
            ShiftActions.tell(problem.getMessage());
        }
        show(space);
    }

    private Section offerSection(SpaceDetails space) {
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        offerDay = new DatePicker("Day", today.plusDays(1));
        offerStart = new TimePicker("Free from", LocalTime.of(10, 0));
        offerEnd = new TimePicker("Until", LocalTime.of(14, 0));
        offerStart.setStep(Duration.ofMinutes(15));
        offerEnd.setStep(Duration.ofMinutes(15));
        offerNote = new TextArea("A note for her (optional)");
        offerNote.setHelperText("For example \"I can take the baby for a walk\".");
        offer = new Button("Offer her a break");
        offer.addThemeVariants(ButtonVariant.PRIMARY);
        var binder = RecordBinders.forRecord(RespiteOfferForm.class);
        binder.bind(offerDay, "day");
        binder.bind(offerStart, "startTime");
        binder.bind(offerEnd, "endTime");
        binder.bind(offerNote, "note");
        binder.readRecord(new RespiteOfferForm(today.plusDays(1), LocalTime.of(10, 0), LocalTime.of(14, 0), ""));
        offer.addClickListener(click -> {
            try {
                shifts.offerRespite(space.id(), binder.writeRecord());
            } catch (ValidationException invalid) {
                return;
            } catch (ConstraintViolationException refused) {
                showOn(refused, Map.of("day", offerDay, "note", offerNote), offerEnd);
                return;
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
                return;
            }
            ShiftActions.tell("Thank you. She'll see your offer and can accept it.");
            show(space);
        });
        var form = new FormLayout(offerDay, offerStart, offerEnd, offerNote, offer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new Section(new H2("Offer her a break"), form);
    }

    /** Each refusal next to its field; rules spanning the times go on the end field. */
    private static void showOn(ConstraintViolationException refused, Map<String, HasValidation> byProperty,
            HasValidation otherwise) {
        for (var violation : refused.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var property = path.substring(path.lastIndexOf('.') + 1);
            var field = byProperty.getOrDefault(property.equals("dayPlausible") ? "day" : property, otherwise);
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        }
    }
}
