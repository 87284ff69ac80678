/** The demo family loaded from seeds/demo into an empty embedded database. */
@ApplicationModule(allowedDependencies = {"account", "family", "caretask", "shift", "update", "base", "security"})
@NullMarked
package app.village.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
