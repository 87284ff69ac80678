package app.village.family;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FamilySpaceRepository extends JpaRepository<FamilySpace, UUID> {

    /** Locks the space, so rules that count its owners are checked one change at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from FamilySpace s where s.id = ?1")
    Optional<FamilySpace> findByIdForUpdate(UUID id);
}
