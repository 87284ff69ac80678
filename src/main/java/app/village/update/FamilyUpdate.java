package app.village.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One update posted to a family space. It goes with its space and with its poster's account (on delete cascade). */
@Entity
@Table(name = "family_update")
class FamilyUpdate {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "poster_id", nullable = false)
    private UUID posterId;
    @Column(nullable = false, length = UpdateForm.MOST_CHARACTERS)
    private String body;
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;
    @Column(name = "edited_at")
    private @Nullable Instant editedAt;
    @Version
    private long version;

    protected FamilyUpdate() {
        // for JPA
    }

    FamilyUpdate(UUID spaceId, UUID posterId, UpdateForm form, Instant postedAt) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.posterId = posterId;
        this.body = form.text();
        this.postedAt = postedAt;
    }

    void edit(UpdateForm form, Instant at) {
        if (!body.equals(form.text())) {
            body = form.text();
            editedAt = at;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getSpaceId() {
        return spaceId;
    }

    UUID getPosterId() {
        return posterId;
    }

    String getBody() {
        return body;
    }

    Instant getPostedAt() {
        return postedAt;
    }

    @Nullable Instant getEditedAt() {
        return editedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyUpdate update && id.equals(update.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
