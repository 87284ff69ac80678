package app.village.caretask.ui;

import app.village.base.ui.Links;
import app.village.caretask.CareTaskReadService;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.family.ui.FamilyHomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** On a space's home page: how much is open today and tomorrow, what she has taken on, and the way to Today. */
@SpringComponent
@Order(10)
class TodayOnHome implements FamilyHomeSection {

    private final CareTaskReadService taskReads;

    TodayOnHome(CareTaskReadService taskReads) {
        this.taskReads = taskReads;
    }

    @Override
    public Optional<Component> create(SpaceDetails space) {
        var today = taskReads.todayCounts(space.id());
        var open = today.open();
        var mine = today.mine();
        var openLine = new Paragraph(open == 0
                ? TaskTexts.nothingOpen(today.noTasksYet(), today.allTakenCareOf(), space.can(FamilyPermission.CLAIM_CARE))
                : open == 1 ? "1 task is still open today or tomorrow."
                : open + " tasks are still open today or tomorrow.");
        var mineLine = new Paragraph(mine == 0 ? "You haven't taken anything on."
                : mine == 1 ? "You're doing 1 task." : "You're doing " + mine + " tasks.");
        var link = Links.routerLink(CareTaskNavigation.todayPath(space.id()), "Open Today");
        link.addClassNames("button-link", "primary");
        var all = Links.routerLink(CareTaskNavigation.tasksPath(space.id()), "All tasks");
        all.addClassName("button-link");
        var actions = new com.vaadin.flow.component.html.Div(link, all);
        actions.addClassName("actions");
        var section = new Section(new H2("Today"), Links.quiet(TaskTexts.longDay(today.today())), openLine, mineLine,
                actions);
        section.addClassName("today-on-home");
        return Optional.of(section);
    }
}
