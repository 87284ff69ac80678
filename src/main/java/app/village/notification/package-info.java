/** Messages to people outside the app. For now mail is recorded in an outbox; delivery comes later. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package app.village.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
