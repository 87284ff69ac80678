/**
 * Live pages: turns the features' events into "this space's tasks (shifts, updates, circle) changed" for
 * {@link app.village.base.ui.LivePages}, once the change is committed, so every open page of the space reads again.
 * Decision: docs/decisions/live-pages.md.
 */
@ApplicationModule(allowedDependencies = {"caretask", "shift", "update", "family", "base :: ui"})
@NullMarked
package app.village.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
