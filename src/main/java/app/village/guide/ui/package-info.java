/**
 * The guide's pages (the index with search, an article, Get help now) and {@code GuideCallout}, the short
 * note other features place on their screens to point into the guide.
 */
@NullMarked
@NamedInterface("ui")
package app.village.guide.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
