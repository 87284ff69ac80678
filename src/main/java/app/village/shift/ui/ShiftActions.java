package app.village.shift.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.Confirmations;
import app.village.base.ui.Toast;
import app.village.family.SpaceId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import java.time.LocalDate;

/**
 * "Sign up" and "Withdraw" for one page: each says what happened, then lets the page show the new state.
 * Withdrawing from a shift the mother counts on for her rest asks first, saying what she will lose.
 */
final class ShiftActions {

    private final ShiftService shifts;
    private final SpaceId spaceId;
    private final LocalDate today;
    private final Runnable afterChange;

    /** {@code today} is the family's today, so a confirmation can say "tonight's night". */
    ShiftActions(ShiftService shifts, SpaceId spaceId, LocalDate today, Runnable afterChange) {
        this.shifts = shifts;
        this.spaceId = spaceId;
        this.today = today;
        this.afterChange = afterChange;
    }

    void signUp(ShiftSummary shift) {
        try {
            shifts.signUp(spaceId, shift.id());
            tell("You're on it. Thank you!");
        } catch (ShiftProblem | NoLongerAvailableException problem) {
            tell(problem.getMessage());
        }
        afterChange.run();
    }

    /** A shift she rests on is confirmed first; any other one is given back at once. */
    void withdraw(ShiftSummary shift) {
        if (!shift.isHerRest()) {
            withdrawNow(shift);
            return;
        }
        var what = whatSheLoses(shift);
        Confirmations.ask("Withdraw from " + name(shift) + "?", what, "Yes, withdraw", "Stay on it",
                () -> withdrawNow(shift));
    }

    private void withdrawNow(ShiftSummary shift) {
        try {
            shifts.withdraw(spaceId, shift.id());
            tell("You've withdrawn. The place is open again.");
        } catch (ShiftProblem | NoLongerAvailableException problem) {
            tell(problem.getMessage());
        }
        afterChange.run();
    }

    /** "Maya will have no one on tonight's night.", or one helper fewer when others stay on. */
    String whatSheLoses(ShiftSummary shift) {
        var who = shift.restFor() == null ? "She" : shift.restFor();
        var loss = shift.taken() <= 1 ? " will have no one on " : " will have one helper fewer on ";
        return who + loss + name(shift) + ". The place opens for someone else to take.";
    }

    /** "tonight's night", "tomorrow night", "the night of Fri, Dec 11", or "her break on Fri, Dec 11". */
    private String name(ShiftSummary shift) {
        var day = shift.start().toLocalDate();
        var night = shift.protectedSleep() || shift.kind() == ShiftKind.NIGHT;
        if (!night) {
            return (day.equals(today) ? "her break today" : "her break on " + ShiftTexts.shortDay(shift.start()));
        }
        if (day.equals(today)) {
            return "tonight's night";
        }
        return day.equals(today.plusDays(1)) ? "tomorrow night" : "the night of " + ShiftTexts.shortDay(shift.start());
    }

    static void tell(String message) {
        Toast.show(message);
    }
}
