package app.village.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingSignUpRepository extends JpaRepository<PendingSignUp, UUID> {

    /** Locked, so codes typed at the same moment are counted one after the other and none slips past the limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PendingSignUp p where p.id = ?1")
    Optional<PendingSignUp> findByIdForUpdate(UUID id);

    @Modifying
    @Query("delete from PendingSignUp p where p.expiresAt <= ?1")
    int deleteOver(Instant now);
}
