package app.village.reminder;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, UUID> {

    boolean existsByAccountIdAndItemKindAndItemIdAndStartsAtAndMoment(UUID accountId, ItemKind itemKind,
            UUID itemId, Instant startsAt, ReminderMoment moment);
}
