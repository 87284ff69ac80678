/** The guide and the Get help now page. */
@ApplicationModule(allowedDependencies = {"security", "base"})
@NullMarked
package app.village.guide;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
