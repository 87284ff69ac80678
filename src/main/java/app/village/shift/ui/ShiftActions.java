package app.village.shift.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.Toast;
import app.village.shift.ShiftProblem;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import java.util.UUID;

/** "Sign up" and "Withdraw" for one page: each says what happened, then lets the page show the new state. */
final class ShiftActions {

    private final ShiftService shifts;
    private final UUID spaceId;
    private final Runnable afterChange;

    ShiftActions(ShiftService shifts, UUID spaceId, Runnable afterChange) {
        this.shifts = shifts;
        this.spaceId = spaceId;
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

    void withdraw(ShiftSummary shift) {
        try {
            shifts.withdraw(spaceId, shift.id());
            tell("You've withdrawn. The place is open again.");
        } catch (ShiftProblem | NoLongerAvailableException problem) {
            tell(problem.getMessage());
        }
        afterChange.run();
    }

    static void tell(String message) {
        Toast.show(message);
    }
}
