package app.village.shift;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SleepWindowRepository extends JpaRepository<SleepWindow, UUID> {

    /** The windows that are hers, one per space where she set one. */
    List<SleepWindow> findByAccountId(UUID accountId);
}
