/** Shared building blocks: validation constraints, the clock, and the main layout in {@code ui}. */
@ApplicationModule(allowedDependencies = {"security"})
@NullMarked
package app.village.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
