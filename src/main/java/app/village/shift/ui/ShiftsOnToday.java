package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.caretask.ui.TodaySection;
import app.village.family.SpaceDetails;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.shift.ShiftsToday;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * On Today: the shifts she covers now, today and tomorrow (a helper on tonight's night has taken something
 * on), and for the mother, who is on her night tonight.
 */
@SpringComponent
@Order(10)
class ShiftsOnToday implements TodaySection {

    private final ShiftService shifts;
    private final FollowShifts live;

    ShiftsOnToday(ShiftService shifts, FollowShifts live) {
        this.shifts = shifts;
        this.live = live;
    }

    @Override
    public Part create(SpaceDetails space, Runnable afterChange) {
        var found = shifts.onToday(space.id());
        var headline = new Div();
        headline.addClassName("today-shifts");
        var doing = new ArrayList<ListItem>(cards(space, found, afterChange));
        drawTonight(headline, space, found);
        // The headline is there even when it says nothing: it keeps this part following the shifts while Today
        // is open, and redraws the line and her cards when someone else changes them.
        live.follow(headline, space, () -> {
            var now = shifts.onToday(space.id());
            drawTonight(headline, space, now);
            replaceCards(doing, cards(space, now, afterChange));
        });
        return new Part(headline, List.copyOf(doing));
    }

    private List<ShiftCard> cards(SpaceDetails space, ShiftsToday found, Runnable afterChange) {
        var actions = new ShiftActions(shifts, space.id(), found.today(), afterChange);
        return found.mine().stream()
                .map(shift -> new ShiftCard(space.id(), shift, false, actions,
                        dayLabel(shift.kind(), shift.start().toLocalDate(), found.today())))
                .toList();
    }

    private static void drawTonight(Div headline, SpaceDetails space, ShiftsToday found) {
        headline.removeAll();
        var line = tonight(space, found.tonight());
        if (line != null) {
            headline.add(line);
        }
        headline.setVisible(line != null);
    }

    /**
     * Her shift cards stand in Today's list with her tasks: the new ones take the old ones' place there. With no
     * card shown, Today has no list of hers to put them in; they appear when she opens Today again.
     */
    private static void replaceCards(List<ListItem> shown, List<ShiftCard> fresh) {
        if (shown.isEmpty()) {
            return;
        }
        var list = shown.getFirst().getElement().getParent();
        if (list == null) {
            return;
        }
        var at = list.indexOfChild(shown.getFirst().getElement());
        shown.forEach(card -> card.getElement().removeFromParent());
        for (var i = 0; i < fresh.size(); i++) {
            list.insertChild(at + i, fresh.get(i).getElement());
        }
        shown.clear();
        shown.addAll(fresh);
    }

    private static String dayLabel(ShiftKind kind, LocalDate day, LocalDate today) {
        if (day.isBefore(today)) {
            // Under way since yesterday: at 2 a.m. the night that began at 10 p.m. is still tonight's.
            return kind == ShiftKind.NIGHT ? "Tonight" : "Now";
        }
        if (day.equals(today)) {
            return kind == ShiftKind.NIGHT ? "Tonight" : "Today";
        }
        return kind == ShiftKind.NIGHT ? "Tomorrow night" : "Tomorrow";
    }

    /** For the mother, when a night shift starts tonight: who is on it, or that no one is yet. */
    private static @Nullable Paragraph tonight(SpaceDetails space, @Nullable List<String> helpers) {
        if (helpers == null) {
            return null;
        }
        var line = new Paragraph(helpers.isEmpty() ? "No one is on your night tonight yet. "
                : "Tonight " + String.join(" and ", helpers) + (helpers.size() == 1 ? " is" : " are")
                        + " on your night. ");
        line.addClassName("today-tonight");
        line.add(Links.routerLink(ShiftNavigation.restPath(space.id()), "Your rest"));
        return line;
    }
}
