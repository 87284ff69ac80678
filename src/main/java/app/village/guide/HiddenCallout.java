package app.village.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A callout one person chose not to see again. Written once; hiding it again changes nothing. */
@Entity
@Table(name = "guide_callout_hidden")
class HiddenCallout {

    @EmbeddedId
    private Key key;
    @Column(name = "hidden_at", nullable = false)
    private Instant hiddenAt;

    @SuppressWarnings("NullAway.Init")
    protected HiddenCallout() {
        // for JPA
    }

    HiddenCallout(UUID accountId, Callout callout, Instant now) {
        this.key = new Key(accountId, callout);
        this.hiddenAt = now;
    }

    Instant hiddenAt() {
        return hiddenAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HiddenCallout hidden && key.equals(hidden.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Embeddable
    record Key(@Column(name = "account_id") UUID accountId,
            @Enumerated(EnumType.STRING) @Column(name = "callout", length = 40) Callout callout) implements Serializable {
    }
}
