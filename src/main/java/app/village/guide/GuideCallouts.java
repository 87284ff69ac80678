package app.village.guide;

import app.village.security.CurrentUser;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which of the guide's callouts the signed-in person has hidden. Hiding is hers alone and kept with her
 * account, so a tip she hid on her phone stays hidden on her laptop.
 * <p>Decisions: docs/decisions/guide-callouts.md, docs/decisions/one-person-many-sessions.md.
 */
@Service
public class GuideCallouts {

    private final HiddenCalloutRepository hidden;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;

    GuideCallouts(HiddenCalloutRepository hidden, CurrentUser currentUser, Clock clock,
            TransactionTemplate transactions) {
        this.hidden = hidden;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Whether she hid this callout. Nobody signed in has hidden anything. */
    @Transactional(readOnly = true)
    public boolean isHidden(Callout callout) {
        return currentUser.get()
                .map(me -> hidden.existsById(new HiddenCallout.Key(me.accountId(), callout)))
                .orElse(false);
    }

    /**
     * She doesn't want to see this callout again; hiding it a second time changes nothing, also when two of her
     * sessions hide it at the same moment.
     */
    @PreAuthorize("isAuthenticated()")
    public void hide(Callout callout) {
        var key = new HiddenCallout.Key(currentUser.requireAccountId(), callout);
        try {
            transactions.executeWithoutResult(status -> {
                if (!hidden.existsById(key)) {
                    hidden.save(new HiddenCallout(key.accountId(), callout, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException hiddenByHerOtherSession) {
            // Her other tab or device inserted the same row first: the callout is hidden, as she asked.
        }
    }
}
