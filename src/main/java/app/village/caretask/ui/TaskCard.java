package app.village.caretask.ui;

import app.village.caretask.TaskSummary;
import app.village.family.SpaceId;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * One task in a list: its title (a link to its page), when, how long, who has it, and the one-tap action
 * that fits: "I'll do it" when it's open and she may take it (not the mother's own care), "Done" and "Hand back" when it's hers. Buttons are full-size
 * targets and name the task for screen readers, since a list has many of them.
 */
final class TaskCard extends ListItem {

    final Button claim = new Button("I'll do it");
    final Button done = new Button("Done");
    final Button handBack = new Button("Hand back");
    /** What, how long and whether it repeats: one text node, not a span each, as a list holds many cards. */
    private final Text details;
    private final Paragraph meta;

    TaskCard(SpaceId spaceId, TaskSummary task, LocalDate today, TaskActions actions) {
        addClassName("task-card");
        addClassName("task-" + task.status().name().toLowerCase(java.util.Locale.ROOT));
        var title = new Anchor(CareTaskNavigation.taskPath(spaceId, task.id()), task.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("task-title");

        var when = new Span(TaskTexts.when(task, today));
        when.addClassName(TaskTexts.isOverdue(task, today) ? "task-when-overdue" : "task-when");
        details = new Text(" · " + task.category().label() + " · " + TaskTexts.effort(task.effortMinutes())
                + (task.repeating() ? " · repeats" : ""));
        meta = new Paragraph(when, details);
        meta.addClassName("task-meta");

        var status = new Span(TaskTexts.status(task));
        status.addClassName("task-status");

        var buttons = new Div();
        buttons.addClassName("task-actions");
        var label = task.title() + ", " + TaskTexts.when(task, today);
        if (task.mayClaim()) {
            claim.addThemeVariants(ButtonVariant.PRIMARY);
            claim.getElement().setAttribute("aria-label", "I'll do it: " + label);
            claim.addClickListener(click -> actions.claim(task));
            buttons.add(claim);
        }
        if (task.mine() && task.status() == app.village.caretask.TaskStatus.CLAIMED) {
            done.addThemeVariants(ButtonVariant.PRIMARY);
            done.getElement().setAttribute("aria-label", "Done: " + label);
            done.addClickListener(click -> actions.askDone(task));
            handBack.getElement().setAttribute("aria-label", "Hand back: " + label);
            handBack.addClickListener(click -> actions.handBack(task));
            buttons.add(done, handBack);
        }
        add(title, meta, status);
        if (task.doneNote() != null) {
            // ASCII quotes: one character outside Latin-1 makes Java keep the whole response, and Vaadin's saved
            // copy of it, at two bytes a character.
            var note = new Paragraph("\"" + task.doneNote() + "\"");
            note.addClassName("task-done-note");
            add(note);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    /** Says how the task repeats ("Every Mon, Wed, Fri") where the card would say only "repeats". */
    void showPattern(String pattern) {
        details.setText(details.getText().replace(" · repeats", ""));
        var repeats = new Span(" · " + pattern);
        repeats.addClassName("task-repeats");
        meta.add(repeats);
    }
}
