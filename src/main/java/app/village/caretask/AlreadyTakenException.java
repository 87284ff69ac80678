package app.village.caretask;

/** Someone else claimed the task first; says who, so nobody turns up with a second dinner. */
public class AlreadyTakenException extends TaskProblem {

    private final String takenBy;

    AlreadyTakenException(String takenBy) {
        super(takenBy + " has already taken this on.");
        this.takenBy = takenBy;
    }

    public String takenBy() {
        return takenBy;
    }
}
