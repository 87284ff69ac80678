package app.village.guide;

import app.village.security.CurrentUser;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of the guide's callouts the signed-in person has hidden. Hiding is hers alone and kept with her
 * account, so a tip she hid on her phone stays hidden on her laptop.
 */
@Service
public class GuideCallouts {

    private final HiddenCalloutRepository hidden;
    private final CurrentUser currentUser;
    private final Clock clock;

    GuideCallouts(HiddenCalloutRepository hidden, CurrentUser currentUser, Clock clock) {
        this.hidden = hidden;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether she hid this callout. Nobody signed in has hidden anything. */
    @Transactional(readOnly = true)
    public boolean isHidden(Callout callout) {
        return currentUser.get()
                .map(me -> hidden.existsById(new HiddenCallout.Key(me.accountId(), callout)))
                .orElse(false);
    }

    /** She doesn't want to see this callout again; hiding it a second time changes nothing. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void hide(Callout callout) {
        var key = new HiddenCallout.Key(currentUser.requireAccountId(), callout);
        if (!hidden.existsById(key)) {
            hidden.save(new HiddenCallout(key.accountId(), callout, clock.instant()));
        }
    }
}
