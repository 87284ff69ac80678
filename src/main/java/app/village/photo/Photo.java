package app.village.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A stored photo: both images, already re-encoded, in one row. Only inserted and deleted, so no version; the
 * images are read by the repository's column queries, never by loading the whole row.
 */
@Entity
@Table(name = "photo")
class Photo implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(nullable = false)
    private int width;
    @Column(nullable = false)
    private int height;
    @Column(nullable = false)
    private byte[] image;
    @Column(nullable = false)
    private byte[] thumbnail;

    /** A new row is inserted straight away, without the look-up a merge would make first. */
    @Transient
    private boolean fresh;

    @SuppressWarnings("NullAway.Init")
    protected Photo() {
        // for JPA
    }

    Photo(UUID spaceId, UUID uploadedBy, Instant uploadedAt, PhotoProcessing.Processed processed) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.width = processed.width();
        this.height = processed.height();
        this.image = processed.photo();
        this.thumbnail = processed.thumbnail();
        this.fresh = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo photo && id.equals(photo.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
