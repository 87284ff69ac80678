package app.village.shift.ui;

import app.village.caretask.ui.TodaySection;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.Links;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On Today: the shifts she covers today and tomorrow (a helper on tonight's night has taken something on),
 * and for the mother, who is on her night tonight.
 */
@SpringComponent
@Order(10)
class ShiftsOnToday implements TodaySection {

    private final ShiftService shifts;
    private final Clock clock;

    ShiftsOnToday(ShiftService shifts, Clock clock) {
        this.shifts = shifts;
        this.clock = clock;
    }

    @Override
    public List<ListItem> doing(SpaceDetails space, Runnable afterChange) {
        var now = clock.instant();
        var today = now.atZone(space.zone()).toLocalDate();
        var actions = new ShiftActions(shifts, space.id(), today, afterChange);
        return shifts.between(space.id(), today, today.plusDays(1), true).stream()
                .filter(shift -> shift.end().toInstant().isAfter(now))
                .map(shift -> (ListItem) new ShiftCard(space.id(), shift, false, actions,
                        dayLabel(shift.kind(), shift.start().toLocalDate(), today)))
                .toList();
    }

    private static String dayLabel(ShiftKind kind, LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return kind == ShiftKind.NIGHT ? "Tonight" : "Today";
        }
        return kind == ShiftKind.NIGHT ? "Tomorrow night" : "Tomorrow";
    }

    @Override
    public Optional<Component> headline(SpaceDetails space) {
        if (!space.can(FamilyPermission.PLAN_OWN_REST)) {
            return Optional.empty();
        }
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        var tonight = shifts.sleepCover(space.id()).nights().stream()
                .filter(night -> night.day().equals(today))
                .findFirst();
        List<String> helpers;
        if (tonight.isPresent()) {
            helpers = tonight.get().helpers();
        } else {
            // No sleep window: an organizer's night shift tonight still tells her who is on.
            var nights = shifts.between(space.id(), today, today, false).stream()
                    .filter(shift -> shift.kind() == ShiftKind.NIGHT).toList();
            if (nights.isEmpty()) {
                return Optional.empty();
            }
            helpers = nights.stream().flatMap(night -> night.helpers().stream()).distinct().toList();
        }
        var line = new Paragraph(helpers.isEmpty() ? "No one is on your night tonight yet. "
                : "Tonight " + String.join(" and ", helpers) + (helpers.size() == 1 ? " is" : " are")
                        + " on your night. ");
        line.addClassName("today-tonight");
        line.add(Links.routerLink(ShiftNavigation.restPath(space.id()), "Your rest"));
        return Optional.of(line);
    }
}
