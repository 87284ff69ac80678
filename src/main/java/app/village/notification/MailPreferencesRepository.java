package app.village.notification;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferencesRepository extends JpaRepository<StoredMailPreferences, UUID> {
}
