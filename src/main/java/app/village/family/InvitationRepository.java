package app.village.family;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    /** Locks the row, so two people accepting the same link at once are served one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i join fetch i.space where i.tokenHash = ?1 or i.mailTokenHash = ?1")
    Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

    /** By the hash of either link: the one she copied or the one in the mail. */
    @Query("select i from Invitation i join fetch i.space where i.tokenHash = ?1 or i.mailTokenHash = ?1")
    Optional<Invitation> findByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = ?1")
    Optional<Invitation> findByIdForUpdate(UUID id);

    @Query("select i from Invitation i where i.space.id = ?1 order by i.createdAt desc")
    List<Invitation> findBySpaceId(UUID spaceId);
}
