package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.base.ui.TimeTexts;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.notification.MailStatus;
import app.village.shift.NightAskService;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftService;
import app.village.shift.SleepCover;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The coming nights of her sleep: the covered ones first, then the open ones in a calm list. An open night is not
 * an alarm: her circle can still take it, or she can ask one of them to.
 */
class SleepNights {

    private final ShiftService shifts;
    private final NightAskService nightAsks;
    private final MailStatus mail;
    private final Clock clock;

    // Built afresh for each question she asks.
    RadioButtonGroup<NightAskService.Person> whoToAsk = new RadioButtonGroup<>();

    SleepNights(ShiftService shifts, NightAskService nightAsks, MailStatus mail, Clock clock) {
        this.shifts = shifts;
        this.nightAsks = nightAsks;
        this.mail = mail;
        this.clock = clock;
    }

    /** The nights of {@code cover}; {@code hers} when the mother reads them. */
    Div show(SpaceDetails space, SleepCover cover, boolean hers, Runnable refresh) {
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
                    item.add(takeButton(space, night, name, refresh));
                } else if (hers) {
                    var ask = new Button("Ask someone", click -> askSomeone(space, night, name, refresh));
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
                : TimeTexts.shortDay(night.day());
    }

    private static ListItem night(SpaceDetails space, SleepCover.Night night, String name) {
        var state = new Span(night.covered() ? "Covered by " + ShiftTexts.coveredBy(night) : "Open");
        state.addClassName(night.covered() ? "night-covered" : "night-open");
        var item = new ListItem(Links.routerLink(ShiftNavigation.shiftPath(space.id(), night.shiftId()), name), state);
        item.addClassName("night");
        return item;
    }

    private Button takeButton(SpaceDetails space, SleepCover.Night night, String name, Runnable refresh) {
        var take = new Button("Take this night", click -> {
            try {
                shifts.signUp(space.id(), night.shiftId());
                ShiftActions.tell("Thank you. She can sleep.");
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
            }
            refresh.run();
        });
        take.addThemeVariants(ButtonVariant.PRIMARY);
        take.getElement().setAttribute("aria-label", "Take the night shift: " + name);
        return take;
    }

    /** She picks one person of her circle; the night stays open for anyone meanwhile. */
    private void askSomeone(SpaceDetails space, SleepCover.Night night, String name, Runnable refresh) {
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
                ShiftActions.tell((mail.isOn() ? "Asked " + person.name() + "."
                        : "Noted. Mail is off here, so please tell " + person.name() + " yourself.")
                        + " The night stays open for anyone until it is taken.");
            } catch (ShiftProblem problem) {
                ShiftActions.tell(problem.getMessage());
            }
            dialog.close();
            refresh.run();
        });
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(whoToAsk);
        if (!mail.isOn()) {
            // The ask would wait in the outbox: she should know it won't reach them tonight.
            dialog.add(Links.quiet(MailStatus.MAIL_IS_OFF
                    + " Your ask can't go by mail, so tell the person you choose yourself, with a message or a call."));
        }
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ask);
        dialog.open();
    }
}
