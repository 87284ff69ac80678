package app.village.update;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PinnedUpdateRepository extends JpaRepository<PinnedUpdate, UUID> {
}
