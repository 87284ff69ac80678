package app.village.bell;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing that concerns one person. While unread it carries an {@code unreadKey} (kind and subject), unique per
 * recipient: news about the same thing updates it rather than ringing twice. It goes with her account and with its
 * space (on delete cascade).
 */
@Entity
@Table(name = "bell_entry")
class BellEntry {

    static final int TEXT_MAX = 300;
    static final int FAMILY_NAME_MAX = 200;

    @Id
    private UUID id;
    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BellKind kind;
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;
    @Column(name = "family_name", nullable = false, length = FAMILY_NAME_MAX)
    private String familyName;
    @Column(name = "family_zone", nullable = false, length = 64)
    private String familyZone;
    @Column(nullable = false, length = TEXT_MAX)
    private String message;
    @Column(nullable = false, length = 300)
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "shows_from", nullable = false)
    private Instant showsFrom;
    @Column(name = "read_at")
    private @Nullable Instant readAt;
    @Column(name = "unread_key", length = 100)
    private @Nullable String unreadKey;

    protected BellEntry() {
        // for JPA
    }

    BellEntry(Ring ring, Instant createdAt, Instant showsFrom) {
        this.id = UUID.randomUUID();
        this.recipientId = ring.recipient();
        this.spaceId = ring.spaceId();
        this.kind = ring.kind();
        this.subjectId = ring.subjectId();
        this.unreadKey = unreadKey(ring.kind(), ring.subjectId());
        this.familyName = cut(ring.familyName(), FAMILY_NAME_MAX);
        this.familyZone = ring.familyZone().getId();
        this.message = cut(ring.text(), TEXT_MAX);
        this.link = ring.link();
        this.createdAt = createdAt;
        this.showsFrom = showsFrom;
    }

    static String unreadKey(BellKind kind, UUID subjectId) {
        return kind.name() + ":" + subjectId;
    }

    /**
     * Newer news about the same thing, while she hasn't read the entry: the entry says the latest, at its time. The
     * same news again (a re-delivered event) changes nothing, so it doesn't jump to the top. An entry that already
     * shows keeps showing even inside a hold (the count already has it; nothing buzzes); a held one shows from
     * {@code from}. Whether anything changed.
     */
    boolean update(Ring ring, Instant at, Instant from) {
        var words = cut(ring.text(), TEXT_MAX);
        var name = cut(ring.familyName(), FAMILY_NAME_MAX);
        var zone = ring.familyZone().getId();
        if (words.equals(message) && name.equals(familyName) && zone.equals(familyZone) && ring.link().equals(link)) {
            return false;
        }
        this.familyName = name;
        this.familyZone = zone;
        this.message = words;
        this.link = ring.link();
        this.createdAt = at;
        if (showsFrom.isAfter(at)) {
            this.showsFrom = from;
        }
        return true;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
            unreadKey = null;
        }
    }

    BellNote note() {
        return new BellNote(new BellEntryId(id), kind, message, familyName, ZoneId.of(familyZone), link, createdAt,
                readAt);
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    UUID getId() {
        return id;
    }

    UUID getRecipientId() {
        return recipientId;
    }

    Instant getShowsFrom() {
        return showsFrom;
    }
}
