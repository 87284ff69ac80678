/**
 * The Notifications section of the account page: what Village may send her and when it stays quiet. The account
 * page adds it, with its own part for the address the mail goes to.
 */
@NullMarked
@NamedInterface("ui")
package app.village.notification.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
