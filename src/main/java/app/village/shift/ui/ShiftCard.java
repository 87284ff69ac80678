package app.village.shift.ui;

import app.village.family.SpaceId;
import app.village.shift.ShiftSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** One shift in the week: what, when, who, how many places are open, and "Sign up" or "Withdraw". */
final class ShiftCard extends ListItem {

    final Button signUp = new Button("Sign up");
    final Button withdraw = new Button("Withdraw");

    ShiftCard(SpaceId spaceId, ShiftSummary shift, boolean maySignUp, ShiftActions actions) {
        this(spaceId, shift, maySignUp, actions, null);
    }

    /** {@code day}, such as "Tonight", goes before the hours where the card stands outside its day's column. */
    ShiftCard(SpaceId spaceId, ShiftSummary shift, boolean maySignUp, ShiftActions actions, @Nullable String day) {
        addClassName("task-card");
        addClassName(shift.isFilled() ? "shift-filled" : "shift-open");
        var title = new Anchor(ShiftNavigation.shiftPath(spaceId, shift.id()), shift.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("task-title");
        var when = new Paragraph(day == null ? ShiftTexts.hours(shift) : day + ", " + ShiftTexts.hours(shift));
        when.addClassName("task-meta");
        var who = new Span(shift.mine() ? "You're on it" : ShiftTexts.places(shift) + " · " + ShiftTexts.helpers(shift));
        who.addClassName("task-status");
        add(title, when, who);
        var buttons = new Div();
        buttons.addClassName("task-actions");
        var label = shift.title() + ", " + ShiftTexts.shortDay(shift.start()) + " " + ShiftTexts.hours(shift);
        if (shift.mine()) {
            withdraw.getElement().setAttribute("aria-label", "Withdraw: " + label);
            withdraw.addClickListener(click -> actions.withdraw(shift));
            buttons.add(withdraw);
        } else if (maySignUp && !shift.isFilled()) {
            signUp.addThemeVariants(ButtonVariant.PRIMARY);
            signUp.getElement().setAttribute("aria-label", "Sign up: " + label);
            signUp.addClickListener(click -> actions.signUp(shift));
            buttons.add(signUp);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }
}
