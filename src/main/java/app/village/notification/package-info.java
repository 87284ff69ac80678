/**
 * Messages to people outside the app: mail is recorded in an outbox with the change that causes it, and
 * {@link app.village.notification.MailDelivery} sends it through SMTP afterwards.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "security"})
@NullMarked
package app.village.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
