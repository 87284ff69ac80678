package app.village.caretask;

import java.time.LocalDate;

/** Today at a glance, for a space's home page: how many tasks she has taken on and how many are still open. */
public record TodayCounts(LocalDate today, int mine, int open) {
}
