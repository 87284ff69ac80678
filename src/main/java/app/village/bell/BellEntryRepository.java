package app.village.bell;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BellEntryRepository extends JpaRepository<BellEntry, UUID> {

    Optional<BellEntry> findByRecipientIdAndUnreadKey(UUID recipientId, String unreadKey);

    Optional<BellEntry> findByIdAndRecipientId(UUID id, UUID recipientId);

    /** Her entries that show by now, newest first; a slice reads one more to know whether older ones follow. */
    @Query("""
            select e from BellEntry e where e.recipientId = :recipient and e.showsFrom <= :now
            order by e.createdAt desc, e.id desc""")
    Slice<BellEntry> showing(UUID recipient, Instant now, Pageable page);

    @Query("""
            select count(e) from BellEntry e
            where e.recipientId = :recipient and e.showsFrom <= :now and e.readAt is null""")
    long countUnread(UUID recipient, Instant now);

    /** Marks read what she can see now; one held back for her sleep stays unread until it shows. */
    @Modifying
    @Query("""
            update BellEntry e set e.readAt = :now, e.unreadKey = null
            where e.recipientId = :recipient and e.showsFrom <= :now and e.readAt is null""")
    int markAllRead(UUID recipient, Instant now);

    @Modifying
    @Query("delete from BellEntry e where e.createdAt < :before")
    int deleteCreatedBefore(Instant before);

    @Modifying
    @Query("delete from BellEntry e where e.spaceId = :spaceId and e.recipientId = :recipient")
    int deleteOfSpace(UUID spaceId, UUID recipient);

    /** Who has entries that began to show in {@code (after, upTo]}: their held news may show now. */
    @Query("""
            select distinct e.recipientId from BellEntry e
            where e.showsFrom > :after and e.showsFrom <= :upTo and e.readAt is null""")
    List<UUID> recipientsShowingBetween(Instant after, Instant upTo);
}
