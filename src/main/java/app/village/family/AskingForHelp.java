package app.village.family;

import java.time.Instant;

/**
 * One way the signed-in person asks her circle for something in a space (a break, a task put up for others),
 * counted by the feature that owns it. {@link QuietWeek} adds them up, so family needs no import of those features.
 */
public interface AskingForHelp {

    /** How many times she asked this way since {@code since}; refuses a space she may not see. */
    long askedSince(SpaceId spaceId, Instant since);
}
