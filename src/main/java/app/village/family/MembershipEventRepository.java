package app.village.family;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MembershipEventRepository extends JpaRepository<MembershipEvent, UUID> {

    @Query("select e from MembershipEvent e where e.spaceId = ?1 order by e.occurredAt desc")
    List<MembershipEvent> findBySpaceIdNewestFirst(UUID spaceId);
}
