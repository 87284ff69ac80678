/**
 * The daily digest: one short letter each morning in the family's time to each member who wants it, with what is
 * still open today and tomorrow, who is on tonight's night shift, the breaks she asked for that nobody has taken and
 * who joined. A system job: it reads through the features' system-side read classes, never as a member.
 * <p>Decision: docs/decisions/daily-digest.md.
 */
@ApplicationModule(allowedDependencies = {"family", "shift", "caretask", "notification", "account", "base :: ui"})
@NullMarked
package app.village.digest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
