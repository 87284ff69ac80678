/** The bell in the header and the Notifications page. */
@NullMarked
package app.village.bell.ui;

import org.jspecify.annotations.NullMarked;
