/** Who is signed in, and the rules that guard every page and service. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package app.village.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
