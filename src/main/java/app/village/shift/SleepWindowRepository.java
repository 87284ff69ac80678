package app.village.shift;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SleepWindowRepository extends JpaRepository<SleepWindow, UUID> {
}
