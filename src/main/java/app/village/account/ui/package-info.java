@NullMarked
package app.village.account.ui;

import org.jspecify.annotations.NullMarked;
