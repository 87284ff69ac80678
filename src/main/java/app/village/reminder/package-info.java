/**
 * Reminders before a shift someone holds a place on or a task with a start time she took on: the evening before
 * and shortly before the start, each once, as letters in the mail outbox. Decision:
 * docs/decisions/reminders-exactly-once.md.
 */
@ApplicationModule(allowedDependencies = {
        "notification", "shift", "shift :: ui", "caretask", "caretask :: ui", "family", "account", "base",
        "base :: ui"})
@NullMarked
package app.village.reminder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
