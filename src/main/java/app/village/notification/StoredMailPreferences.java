package app.village.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One person's {@link MailPreferences} once she saved them; without a row she has the defaults. */
@Entity
@Table(name = "mail_preferences")
class StoredMailPreferences {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Column(nullable = false)
    private boolean membership;
    @Column(nullable = false)
    private boolean reminders;
    private @Nullable Boolean digest;
    @Column(nullable = false)
    private boolean changes;
    @Column(name = "evening_before_at")
    private @Nullable LocalTime eveningBeforeAt;
    @Column(name = "before_start_minutes")
    private @Nullable Integer beforeStartMinutes;
    @Column(name = "quiet_from")
    private @Nullable LocalTime quietFrom;
    @Column(name = "quiet_until")
    private @Nullable LocalTime quietUntil;
    @Column(name = "quiet_zone", length = 60)
    private @Nullable String quietZone;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected StoredMailPreferences() {
        // for JPA
    }

    StoredMailPreferences(UUID accountId, MailPreferences preferences, Instant now) {
        this.accountId = accountId;
        change(preferences, now);
    }

    void change(MailPreferences preferences, Instant now) {
        membership = preferences.membership();
        reminders = preferences.reminders();
        digest = preferences.digest();
        changes = preferences.changes();
        eveningBeforeAt = preferences.eveningBeforeAt();
        beforeStartMinutes = preferences.beforeStart() == null
                ? null
                : Math.toIntExact(preferences.beforeStart().toMinutes());
        quietFrom = preferences.quietFrom();
        quietUntil = preferences.quietUntil();
        quietZone = preferences.quietZone() == null ? null : preferences.quietZone().getId();
        updatedAt = now;
    }

    MailPreferences toPreferences() {
        return new MailPreferences(membership, reminders, digest, changes, eveningBeforeAt,
                beforeStartMinutes == null ? null : Duration.ofMinutes(beforeStartMinutes), quietFrom, quietUntil,
                quietZone == null ? null : ZoneId.of(quietZone));
    }

    UUID getAccountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredMailPreferences stored && accountId.equals(stored.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
