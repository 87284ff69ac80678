package app.village.caretask;

/** A task action the rules refuse, with a message for the person (never another family's data). */
public class TaskProblem extends RuntimeException {

    TaskProblem(String message) {
        super(message);
    }
}
