package app.village.shift;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member's Today needs from the shifts: those she is on that are under way or start today or tomorrow
 * and are not over yet, soonest first; and for the mother, who is on her night: the night under way, else the
 * one starting today ({@code tonight} is empty when no one is on yet, and null when there is no such night
 * or she is not the mother).
 */
public record ShiftsToday(LocalDate today, List<ShiftSummary> mine, @Nullable List<String> tonight) {
}
