/**
 * The bell: what concerns one person (her task taken, the shift she is on changed, a break to cover, a reminder),
 * rung by listening to the features' events after they commit, shown in the header with an unread count and on the
 * Notifications page; it waits out her sleep window and quiet hours. Decision: docs/decisions/the-bell.md.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: ui", "security", "account", "notification", "family", "family :: ui", "caretask",
        "caretask :: ui", "shift", "shift :: ui", "reminder"})
@NullMarked
package app.village.bell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
