package app.village.bell;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.LivePages;
import app.village.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Her bell: what concerns the signed-in person across her spaces. Entries are hers alone, so every method acts only
 * for her and takes no account id; another person's entry is "no longer there". An entry held for her sleep or quiet
 * hours is neither counted nor listed until it shows.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BellService {

    /** Entries per page of the Notifications page. */
    public static final int PAGE_SIZE = 30;

    private final BellEntryRepository entries;
    private final CurrentUser currentUser;
    private final LivePages pages;
    private final Clock clock;

    BellService(BellEntryRepository entries, CurrentUser currentUser, LivePages pages, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.pages = pages;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of what shows for her, newest first; one statement. */
    @Transactional(readOnly = true)
    public BellPage mine(int page) {
        var me = currentUser.requireAccountId();
        var first = Math.max(page, 0);
        var found = entries.showing(me, clock.instant(), PageRequest.of(first, PAGE_SIZE));
        return new BellPage(found.stream().map(BellEntry::note).toList(), first, found.hasNext());
    }

    /** How many of what shows for her she hasn't read; one statement. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return entries.countUnread(currentUser.requireAccountId(), clock.instant());
    }

    /** Marks one of her entries read (opening it does too); someone else's entry is refused as gone. */
    @Transactional
    public void markRead(BellEntryId entryId) {
        var me = currentUser.requireAccountId();
        var entry = entries.findByIdAndRecipientId(entryId.value(), me)
                .filter(found -> !found.getShowsFrom().isAfter(clock.instant()))
                .orElseThrow(() -> new NoLongerAvailableException("That notification is no longer there."));
        entry.markRead(clock.instant());
        countChangedAfterCommit(me);
    }

    /** Marks read everything that shows for her now. */
    @Transactional
    public void markAllRead() {
        var me = currentUser.requireAccountId();
        if (entries.markAllRead(me, clock.instant()) > 0) {
            countChangedAfterCommit(me);
        }
    }

    /** Her other open pages (another tab, her phone) show the new count too. */
    private void countChangedAfterCommit(UUID me) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pages.personChanged(me);
            }
        });
    }
}
