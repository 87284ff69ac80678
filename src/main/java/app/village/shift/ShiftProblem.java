package app.village.shift;

/** A shift action the rules refuse, with a message for the person (never another family's data). */
public class ShiftProblem extends RuntimeException {

    ShiftProblem(String message) {
        super(message);
    }
}
