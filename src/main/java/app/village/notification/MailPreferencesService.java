package app.village.notification;

import app.village.notification.MailPreferencesProblem.Field;
import app.village.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's {@link MailPreferences}: the defaults until she saves her own. Preferences belong to a person,
 * not to a family space, so the signed-in person reads and changes only her own ({@link #mine()},
 * {@link #saveMine}); {@link #of} is the system side, for the jobs that decide whether to write to her.
 */
@Service
public class MailPreferencesService {

    private static final Logger log = LoggerFactory.getLogger(MailPreferencesService.class);

    /** The choices the section offers for the reminder before the start. */
    public static final List<Duration> BEFORE_START_CHOICES =
            List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3));

    private final MailPreferencesRepository preferences;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailPreferencesService(MailPreferencesRepository preferences, CurrentUser currentUser, Clock clock) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * System side, with nobody signed in: her preferences, for features that decide whether and when to write
     * to her (reminders, the digest, holding mail in her quiet hours).
     */
    @Transactional(readOnly = true)
    public MailPreferences of(UUID accountId) {
        return preferences.findById(accountId).map(StoredMailPreferences::toPreferences)
                .orElseGet(MailPreferences::defaults);
    }

    /** System side, as {@link #of}, for many people in one read: a job's cost must not grow with each person. */
    @Transactional(readOnly = true)
    public Map<UUID, MailPreferences> ofAll(Collection<UUID> accountIds) {
        var found = new HashMap<UUID, MailPreferences>();
        preferences.findAllById(accountIds).forEach(stored -> found.put(stored.getAccountId(), stored.toPreferences()));
        accountIds.forEach(id -> found.putIfAbsent(id, MailPreferences.defaults()));
        return found;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailPreferences mine() {
        return of(currentUser.requireAccountId());
    }

    /** Saves the signed-in person's preferences, or refuses them whole with the field the problem is in. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveMine(MailPreferences wanted) {
        check(wanted);
        var me = currentUser.requireAccountId();
        var now = clock.instant();
        preferences.findById(me).ifPresentOrElse(stored -> stored.change(wanted, now),
                () -> preferences.save(new StoredMailPreferences(me, wanted, now)));
        log.info("Mail preferences saved for account {}", me);
    }

    /** Her account is being deleted: her preferences go with it. Called by the account feature. */
    @Transactional
    public void forget(UUID accountId) {
        preferences.deleteById(accountId);
    }

    static void check(MailPreferences wanted) {
        var from = wanted.quietFrom();
        var until = wanted.quietUntil();
        if (from == null && until != null) {
            throw new MailPreferencesProblem(Field.QUIET_FROM, "Please choose when your quiet hours begin.");
        }
        if (from != null && until == null) {
            throw new MailPreferencesProblem(Field.QUIET_UNTIL, "Please choose when your quiet hours end.");
        }
        if (from != null && from.equals(until)) {
            throw new MailPreferencesProblem(Field.QUIET_UNTIL,
                    "Quiet hours need to end at a different time than they begin.");
        }
        if (from != null && wanted.quietZone() == null) {
            throw new MailPreferencesProblem(Field.QUIET_ZONE, "Please choose the time zone of your quiet hours.");
        }
        if (wanted.quietZone() != null && !ZoneId.getAvailableZoneIds().contains(wanted.quietZone().getId())) {
            throw new MailPreferencesProblem(Field.QUIET_ZONE, "Please choose a time zone from the list.");
        }
        if (wanted.beforeStart() != null && !BEFORE_START_CHOICES.contains(wanted.beforeStart())) {
            throw new MailPreferencesProblem(Field.BEFORE_START, "Please choose one of the times in the list.");
        }
    }
}
