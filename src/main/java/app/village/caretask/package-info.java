/**
 * Care tasks: meals, laundry, errands, night feeds and the rest of the work of the first months, which the
 * family splits by claiming. Every service method starts with the family-space access check.
 */
@ApplicationModule(allowedDependencies = {"family", "family :: ui", "account", "base", "base :: ui", "notification"})
@NullMarked
package app.village.caretask;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
