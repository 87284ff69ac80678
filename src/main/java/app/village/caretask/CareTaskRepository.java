package app.village.caretask;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CareTaskRepository extends JpaRepository<CareTask, UUID> {

    Optional<CareTask> findByIdAndSpaceId(UUID id, UUID spaceId);

    @Query("select t from CareTask t where t.spaceId = ?1 order by t.dueDate asc nulls last, t.createdAt")
    List<CareTask> findBySpaceId(UUID spaceId);

    /**
     * Takes an open task in one statement: of many people tapping "I'll do it" at once, the database lets
     * exactly one update succeed. Returns how many rows changed (1 or 0).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CareTask t set t.assigneeId = ?3, t.version = t.version + 1 "
            + "where t.id = ?1 and t.spaceId = ?2 and t.assigneeId is null and t.doneAt is null")
    int claimIfOpen(UUID taskId, UUID spaceId, UUID claimer);
}
