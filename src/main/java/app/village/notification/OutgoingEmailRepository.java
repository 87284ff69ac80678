package app.village.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingEmailRepository extends JpaRepository<OutgoingEmail, UUID> {

    List<OutgoingEmail> findByToAddress(String toAddress);
}
