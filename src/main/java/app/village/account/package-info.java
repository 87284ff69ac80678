/** Accounts: registration, password changes, login back-off and deleting one's own account. */
@NullMarked
package app.village.account;

import org.jspecify.annotations.NullMarked;
