package app.village.shift;

/** Her rest as a space's home page shows it: this week's, and whether the coming nights are covered. */
public record RestAtAGlance(RestWeek week, SleepCover cover) {
}
