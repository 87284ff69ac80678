package app.village.caretask.ui;

import app.village.base.ui.Links;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.TodayCounts;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;

/** On a space's home page: how much is open today and tomorrow, what she has taken on, and the way to Today. */
@SpringComponent
@Order(10)
class TodayOnHome implements FamilyHomeSection {

    private final CareTaskReadService taskReads;
    private final LiveTasks live;

    TodayOnHome(CareTaskReadService taskReads, LiveTasks live) {
        this.taskReads = taskReads;
        this.live = live;
    }

    @Override
    public Optional<Component> create(SpaceDetails space) {
        var dayLine = Links.quiet("");
        var openLine = new Paragraph();
        var mineLine = new Paragraph();
        var link = Links.routerLink(CareTaskNavigation.todayPath(space.id()), "Open Today");
        link.addClassNames("button-link", "primary");
        var all = Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "All tasks");
        all.addClassName("button-link");
        var actions = new Div(link, all);
        actions.addClassName("actions");
        var section = new Section(new H2("Today"), dayLine, openLine, mineLine, actions);
        section.addClassName("today-on-home");
        Consumer<TodayCounts> show = today -> {
            dayLine.setText(TaskTexts.longDay(today.today()));
            openLine.setText(openText(today, space.can(FamilyPermission.CLAIM_CARE)));
            mineLine.setText(mineText(today.mine()));
        };
        show.accept(taskReads.todayCounts(space.id()));
        // Only the three lines change when another member adds or takes a task; the rest of the home is not ours.
        live.follow(section, space.id(), null, () -> show.accept(taskReads.todayCounts(space.id())));
        return Optional.of(section);
    }

    private static String openText(TodayCounts today, boolean mayClaim) {
        var open = today.open();
        return open == 0 ? TaskTexts.nothingOpen(today.noTasksYet(), today.allTakenCareOf(), mayClaim)
                : open == 1 ? "1 task is still open today or tomorrow."
                : open + " tasks are still open today or tomorrow.";
    }

    private static String mineText(int mine) {
        return mine == 0 ? "You haven't taken anything on."
                : mine == 1 ? "You're doing 1 task." : "You're doing " + mine + " tasks.";
    }
}
