package app.village.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One photo of an update, at its place (0 to 3) in the order she added them; keyed by the photo, which belongs to
 * one update only. Only inserted; the database deletes it with its update or its photo (V30).
 */
@Entity
@Table(name = "family_update_photo")
class UpdatePhoto implements Persistable<UUID> {

    @Id
    @Column(name = "photo_id")
    private UUID photoId;
    @Column(name = "update_id", nullable = false)
    private UUID updateId;
    @Column(name = "photo_order", nullable = false)
    private int photoOrder;

    /** A new row is inserted straight away, without the look-up a merge would make first. */
    @Transient
    private boolean fresh;

    @SuppressWarnings("NullAway.Init")
    protected UpdatePhoto() {
        // for JPA
    }

    UpdatePhoto(UUID photoId, UUID updateId, int photoOrder) {
        this.photoId = photoId;
        this.updateId = updateId;
        this.photoOrder = photoOrder;
        this.fresh = true;
    }

    @Override
    public UUID getId() {
        return photoId;
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
        return other instanceof UpdatePhoto photo && photoId.equals(photo.photoId);
    }

    @Override
    public int hashCode() {
        return photoId.hashCode();
    }
}
