package app.village.update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Updates are read as rows of (update, the space's id when it is the pinned one, the account of one heart, the ids
 * of its photos in order as one comma-separated column): one statement brings a page with its pin, its hearts
 * (first heart first) and its photos.
 */
interface FamilyUpdateRepository extends JpaRepository<FamilyUpdate, UUID> {

    /** Aggregated in a subquery rather than joined, so photos don't multiply the rows of hearts. */
    String PHOTO_IDS = "(select listagg(cast(f.photoId as String), ',') within group (order by f.photoOrder) "
            + "from UpdatePhoto f where f.updateId = u.id)";
    String ROWS = "select u, p.spaceId, h.key.accountId, " + PHOTO_IDS + " from FamilyUpdate u "
            + "left join PinnedUpdate p on p.updateId = u.id left join UpdateHeart h on h.key.updateId = u.id "
            + "where u.id in (select v.id from FamilyUpdate v left join PinnedUpdate q on q.updateId = v.id "
            + "where v.spaceId = ?1 ";
    String NEWEST_FIRST = " order by u.postedAt desc, u.id desc, h.heartedAt, h.key.accountId";

    /** The pinned update and the newest others, {@value UpdateService#NEWEST_ON_HOME} + 1 in all: the home's read. */
    @Query(ROWS + "order by case when q.spaceId is null then 1 else 0 end, v.postedAt desc, v.id desc limit "
            + (UpdateService.NEWEST_ON_HOME + 1) + ") order by case when p.spaceId is null then 1 else 0 end, "
            + "u.postedAt desc, u.id desc, h.heartedAt, h.key.accountId")
    List<Object[]> findPinnedFirst(UUID spaceId);

    /** The newest page, and one more to tell whether older ones follow. */
    @Query(ROWS + "order by v.postedAt desc, v.id desc limit " + (UpdateService.PAGE_SIZE + 1) + ")" + NEWEST_FIRST)
    List<Object[]> findNewest(UUID spaceId);

    /** The page older than the update at ({@code postedAt}, {@code id}), whatever was posted since; one more too. */
    @Query(ROWS + "and (v.postedAt < ?2 or (v.postedAt = ?2 and v.id < ?3)) order by v.postedAt desc, v.id desc "
            + "limit " + (UpdateService.PAGE_SIZE + 1) + ")" + NEWEST_FIRST)
    List<Object[]> findOlder(UUID spaceId, Instant postedAt, UUID id);

    Optional<FamilyUpdate> findByIdAndSpaceId(UUID id, UUID spaceId);
}
