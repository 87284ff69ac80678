package app.village.shift.ui;

import app.village.base.ui.Links;
import app.village.caretask.ui.TodaySection;
import app.village.family.SpaceDetails;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
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

    ShiftsOnToday(ShiftService shifts) {
        this.shifts = shifts;
    }

    @Override
    public Part create(SpaceDetails space, Runnable afterChange) {
        var found = shifts.onToday(space.id());
        var actions = new ShiftActions(shifts, space.id(), found.today(), afterChange);
        var doing = found.mine().stream()
                .map(shift -> (ListItem) new ShiftCard(space.id(), shift, false, actions,
                        dayLabel(shift.kind(), shift.start().toLocalDate(), found.today())))
                .toList();
        return new Part(tonight(space, found.tonight()), doing);
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
