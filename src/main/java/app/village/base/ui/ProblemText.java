package app.village.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Why something she tried did not happen, as a paragraph next to what she tried: hidden until there is a
 * problem, and a live region ({@code role="alert"}), so a screen reader says it the moment it appears.
 */
public class ProblemText extends Paragraph {

    /** Where it sits, which decides how it looks (classes in {@code village.css}). */
    public enum Look {
        /** Under a form or in a dialog, above its buttons. */
        UNDER_FORM("form-problem"),
        /** In a page section or a list entry. */
        NOTICE("notice");

        private final String className;

        Look(String className) {
            this.className = className;
        }
    }

    /** Hidden until {@link #show(String)}. */
    public ProblemText(Look look) {
        addClassName(look.className);
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    private ProblemText(String message) {
        super(message);
        getElement().setAttribute("role", "alert");
    }

    /** Shown from the start: a page that is only there to say what went wrong. */
    public static ProblemText saying(String message) {
        return new ProblemText(message);
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }

    public void clear() {
        setVisible(false);
    }
}
