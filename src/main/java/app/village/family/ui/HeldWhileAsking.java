package app.village.family.ui;

import app.village.base.ui.ProblemText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Holds the members page's live redraw while she answers one of its questions ("Remove Rose?"): the row she is deciding about
 * stays the row her answer acts on, and a refusal shows where she looks. The redraw she missed comes at the end of
 * the round trip in which the question closed, and carries each refusal to the row that stands for the same thing,
 * or to the page's own line when that row is gone.
 */
final class HeldWhileAsking {

    private final Component page;
    private final Runnable draw;
    private final List<MembersView.MemberRow> memberRows;
    private final List<MembersView.InvitationRow> invitationRows;
    private final ProblemText pageProblem;
    private boolean asking;
    private boolean missed;

    /** {@code memberRows} and {@code invitationRows} are the page's lists, which {@code draw} fills afresh. */
    HeldWhileAsking(Component page, Runnable draw, List<MembersView.MemberRow> memberRows,
            List<MembersView.InvitationRow> invitationRows, ProblemText pageProblem) {
        this.page = page;
        this.draw = draw;
        this.memberRows = memberRows;
        this.invitationRows = invitationRows;
        this.pageProblem = pageProblem;
    }

    /** The question is open: live redraws wait until she has answered it. Returns it, to chain. */
    Dialog asking(Dialog question) {
        asking = true;
        question.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                // After her answer's own work, which runs once the dialog closed, in the same round trip.
                page.getUI().ifPresent(ui -> ui.beforeClientResponse(page, context -> answered()));
            }
        });
        return question;
    }

    /** What the page's live follow runs. */
    void liveChange() {
        if (asking) {
            missed = true;
        } else {
            redraw();
        }
    }

    /** She drew the page afresh herself (after her own change): nothing is missed any more. */
    void drawn() {
        missed = false;
    }

    private void answered() {
        asking = false;
        if (missed) {
            redraw();
        }
    }

    /** Redraws, showing each refusal again on the new row for the same thing, or on the page when it is gone. */
    private void redraw() {
        missed = false;
        Map<UUID, String> refusals = new LinkedHashMap<>();
        refusalLines().forEach((key, problem) -> {
            if (problem.isVisible()) {
                refusals.put(key, problem.getText());
            }
        });
        draw.run();
        refusalLines().forEach((key, problem) -> {
            var refusal = refusals.remove(key);
            if (refusal != null) {
                problem.show(refusal);
            }
        });
        refusals.values().stream().findFirst().ifPresent(pageProblem::show);
    }

    /** The refusal line of each row, by the member or invitation it stands for. */
    private Map<UUID, ProblemText> refusalLines() {
        var lines = new HashMap<UUID, ProblemText>();
        for (var row : memberRows) {
            if (row.role != null && row.role.isInvalid()) {
                // A refused role change is told next to the role; on the new row, its line tells it.
                row.problem.show(row.role.getErrorMessage());
            }
            lines.put(row.member.membershipId(), row.problem);
        }
        invitationRows.forEach(row -> lines.put(row.invitation.id(), row.problem));
        return lines;
    }
}
