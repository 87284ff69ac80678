/**
 * Care shifts: blocks of time someone covers so the mother can rest (a night shift so she sleeps, day help,
 * respite she asks for or a relative offers, a visit), sign-ups with a fixed number of places, her protected
 * sleep window, and handoff notes between helpers. Every service method starts with the family-space check.
 */
@ApplicationModule(allowedDependencies = {
        "family", "family :: ui", "caretask :: ui", "account", "security", "base", "base :: ui",
        "guide", "guide :: ui", "notification"})
@NullMarked
package app.village.shift;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
