package app.village.update.ui;

import app.village.base.UserFacingProblem;
import app.village.base.ui.Confirmations;
import app.village.base.ui.TimeTexts;
import app.village.base.ui.Toast;
import app.village.family.FamilyPermission;
import app.village.family.SpaceDetails;
import app.village.update.UpdateService;
import app.village.update.UpdateSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One update as a card, the same on the home and the Updates page: the text (always as text), who and when, the
 * heart and who gave one, its photos, and what she may do with it. A heart changes its own card in place; after any
 * other action the page reads its updates again. While she edits one, a change by someone else waits until she
 * saves or cancels ({@link #refreshUnlessEditing}), so what she is typing stays.
 */
final class UpdateCards {

    static final String HEART_LABEL = "Heart this update";

    private final UpdateService updates;
    private final SpaceDetails space;
    private final Clock clock;
    private final Runnable refresh;
    private boolean editing;
    private boolean staleWhileEditing;

    UpdateCards(UpdateService updates, SpaceDetails space, Clock clock, Runnable refresh) {
        this.updates = updates;
        this.space = space;
        this.clock = clock;
        this.refresh = refresh;
    }

    Article card(UpdateSummary update) {
        var card = new Card();
        card.addClassName("update-card");
        card.getElement().setAttribute("data-update", update.id().toString());
        show(card, update);
        return card;
    }

    /** An update's card; brings the updates' styles wherever a card is shown. */
    @StyleSheet("styles/updates.css")
    static final class Card extends Article {
    }

    private void show(Article card, UpdateSummary update) {
        card.removeAll();
        if (update.pinned()) {
            card.addClassName("pinned");
            var mark = new Span("Pinned");
            mark.addClassName("update-pinned-mark");
            card.add(mark);
        }
        var text = new Paragraph(update.text());
        text.addClassName("update-text");
        var today = clock.instant().atZone(space.zone()).toLocalDate();
        var about = new Paragraph((update.mine() ? "You" : update.posterName()) + " · "
                + TimeTexts.dayAndTime(update.postedAt(), space.zone(), today) + (update.edited() ? " · edited" : ""));
        about.addClassName("update-about");
        card.add(text);
        if (!update.photos().isEmpty()) {
            card.add(photos(update));
        }
        card.add(about);
        if (!update.heartedBy().isEmpty()) {
            var hearts = new Paragraph("Hearted by " + String.join(", ", update.heartedBy()));
            hearts.addClassName("update-hearts");
            card.add(hearts);
        }
        var actions = new Div(heart(card, update));
        actions.addClassName("actions");
        if (update.mayChange()) {
            var edit = new Button("Edit", click -> edit(card, update));
            edit.getElement().setAttribute("aria-label", "Edit this update");
            actions.add(edit);
        }
        if (update.mayDelete()) {
            var delete = new Button("Delete", click -> askToDelete(update));
            delete.getElement().setAttribute("aria-label", "Delete this update");
            actions.add(delete);
        }
        if (space.can(FamilyPermission.PIN_UPDATE)) {
            actions.add(update.pinned() ? new Button("Unpin", click -> act(() -> updates.unpin(space.id()),
                    "It is no longer pinned."))
                    : new Button("Pin to the top", click -> act(() -> updates.pin(space.id(), update.id()),
                    "Pinned to the top of everyone's home.")));
        }
        card.add(actions);
    }

    /** Thumbnails, each leading to the whole photo; both addresses are for members only. */
    private static Div photos(UpdateSummary update) {
        var shown = new Div();
        shown.addClassName("update-photos");
        int count = update.photos().size();
        var by = update.mine() ? "you" : update.posterName();
        for (int i = 0; i < count; i++) {
            var photo = update.photos().get(i);
            var thumbnail = new Image(photo.thumbnailAddress(), "Photo " + (i + 1) + " of " + count + " shared by "
                    + by);
            var whole = new Anchor(photo.address(), thumbnail);
            whole.addClassName("update-photo");
            shown.add(whole);
        }
        return shown;
    }

    /**
     * A real toggle button: its name stays, aria-pressed says whether she hearts it. The card changes in place and
     * keeps the focus on the heart, so a keyboard or screen-reader user stays where she was.
     */
    private Button heart(Article card, UpdateSummary update) {
        var count = update.heartedBy().size();
        var heart = new Button(count == 0 ? "Heart" : "Heart · " + count,
                (update.heartedByMe() ? VaadinIcon.HEART : VaadinIcon.HEART_O).create());
        heart.addClassName("update-heart");
        heart.getElement().setAttribute("aria-label", HEART_LABEL);
        heart.getElement().setAttribute("aria-pressed", Boolean.toString(update.heartedByMe()));
        heart.addClickListener(click -> {
            try {
                var hearted = updates.toggleHeart(space.id(), update.id());
                var heartedBy = new ArrayList<>(update.heartedBy());
                heartedBy.remove(UpdateSummary.YOU);
                if (hearted) {
                    heartedBy.add(UpdateSummary.YOU);
                }
                show(card, new UpdateSummary(update.id(), update.posterName(), update.mine(), update.text(),
                        update.postedAt(), update.edited(), update.pinned(), hearted, List.copyOf(heartedBy),
                        update.mayChange(), update.photos()));
                heartOf(card).ifPresent(Button::focus);
            } catch (UserFacingProblem gone) {
                Toast.problem(gone.getMessage());
                refresh.run();
            }
        });
        return heart;
    }

    /** Reads the cards again now, or once she has saved or cancelled the update she is editing. */
    void refreshUnlessEditing() {
        if (editing) {
            staleWhileEditing = true;
        } else {
            refresh.run();
        }
    }

    private void edit(Article card, UpdateSummary update) {
        card.removeAll();
        editing = true;
        var writer = new UpdateWriter("Your update", "Save", update.text(), form -> {
            updates.edit(space.id(), update.id(), form);
            editing = false;
            Toast.show("Your changes are saved.");
            refresh.run();
        });
        card.add(writer.cancellable(() -> {
            editing = false;
            show(card, update);
            if (staleWhileEditing) {
                staleWhileEditing = false;
                refresh.run();
            }
        }));
        writer.text.focus();
    }

    private void askToDelete(UpdateSummary update) {
        Confirmations.ask("Delete this update?", "Everyone in the family will no longer see it, nor its hearts.",
                "Delete update", "Keep it", () -> act(() -> updates.delete(space.id(), update.id()),
                        "The update is deleted."));
    }

    private static Optional<Button> heartOf(Article card) {
        return card.getChildren().filter(Div.class::isInstance).flatMap(Component::getChildren)
                .filter(child -> child instanceof Button button && button.hasClassName("update-heart"))
                .map(Button.class::cast).findFirst();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Toast.show(done);
        } catch (UserFacingProblem problem) {
            Toast.problem(problem.getMessage());
        }
        refresh.run();
    }
}
