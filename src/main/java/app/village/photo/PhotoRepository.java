package app.village.photo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PhotoRepository extends JpaRepository<Photo, UUID> {

    @Query("select p.spaceId from Photo p where p.id = :id")
    Optional<UUID> spaceOf(@Param("id") UUID id);

    @Query("select p.image from Photo p where p.id = :id")
    Optional<byte[]> imageOf(@Param("id") UUID id);

    @Query("select p.thumbnail from Photo p where p.id = :id")
    Optional<byte[]> thumbnailOf(@Param("id") UUID id);

    /** Of {@code ids}, those in the space that someone other than {@code accountId} shared. */
    @Query("select p.id from Photo p where p.spaceId = :spaceId and p.id in :ids and p.uploadedBy <> :accountId")
    List<UUID> sharedByOthers(@Param("spaceId") UUID spaceId, @Param("ids") Collection<UUID> ids,
            @Param("accountId") UUID accountId);

    @Modifying
    @Query("delete from Photo p where p.spaceId = :spaceId and p.id in :ids")
    int deleteInSpace(@Param("spaceId") UUID spaceId, @Param("ids") Collection<UUID> ids);
}
