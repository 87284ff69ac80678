@NullMarked
package app.village.guide.ui;

import org.jspecify.annotations.NullMarked;
