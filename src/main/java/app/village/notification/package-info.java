/** Messages to people outside the app. For now mail is recorded in an outbox; delivery comes later. */
@NullMarked
package app.village.notification;

import org.jspecify.annotations.NullMarked;
