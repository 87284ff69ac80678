package app.village.reminder;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderSentRepository extends JpaRepository<ReminderSent, UUID> {

    /** The keys of the reminders recorded for these items, for any start time: one statement per run of the job. */
    @Query("select new app.village.reminder.ReminderKey(r.accountId, r.itemKind, r.itemId, r.startsAt, r.moment) "
            + "from ReminderSent r where r.itemId in ?1")
    List<ReminderKey> findKeysOfItems(Collection<UUID> itemIds);
}
