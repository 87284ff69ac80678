package app.village.caretask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Decision: docs/decisions/claiming-is-one-conditional-update.md. */
interface CareTaskRepository extends JpaRepository<CareTask, UUID> {

    String SOONEST_FIRST = " order by t.dueDate asc nulls last, t.startTime asc nulls first, t.createdAt, t.id";

    Optional<CareTask> findByIdAndSpaceId(UUID id, UUID spaceId);

    boolean existsBySpaceId(UUID spaceId);

    boolean existsBySpaceIdAndDueDateBetween(UUID spaceId, LocalDate from, LocalDate to);

    /**
     * How many of her tasks are not done (dated between {@code mineFrom} and {@code mineTo}, or undated) and how
     * many are open (dated between {@code openFrom} and {@code openTo}, or undated), in one statement: the same
     * four indexed look-ups as the lists of Today, counted. So that nothing open can say why, the same statement
     * tells whether the space has any task, and whether any falls between {@code openFrom} and {@code openTo}.
     */
    @Query(nativeQuery = true, value = "select "
            + "(select count(*) from care_task t where t.space_id = :space and t.done_at is null and t.assignee_id = :me "
            + "and t.due_date between :mineFrom and :mineTo) "
            + "+ (select count(*) from care_task t where t.space_id = :space and t.done_at is null "
            + "and t.assignee_id = :me and t.due_date is null), "
            + "(select count(*) from care_task t where t.space_id = :space and t.done_at is null and t.assignee_id is null "
            + "and t.due_date between :openFrom and :openTo) "
            + "+ (select count(*) from care_task t where t.space_id = :space and t.done_at is null "
            + "and t.assignee_id is null and t.due_date is null), "
            + "case when exists (select 1 from care_task t where t.space_id = :space) then 1 else 0 end, "
            + "case when exists (select 1 from care_task t where t.space_id = :space "
            + "and t.due_date between :openFrom and :openTo) then 1 else 0 end")
    List<Object[]> countMineAndOpen(UUID space, UUID me, LocalDate mineFrom, LocalDate mineTo, LocalDate openFrom,
            LocalDate openTo);

    /** Her tasks not yet done, dated between the two days. */
    @Query("select t from CareTask t where t.spaceId = ?1 and t.assigneeId = ?2 and t.doneAt is null "
            + "and t.dueDate between ?3 and ?4" + SOONEST_FIRST)
    List<CareTask> findMineBetween(UUID spaceId, UUID me, LocalDate from, LocalDate to, Limit limit);

    /** Her undated tasks not yet done. Kept apart from the dated query so each one uses its index. */
    @Query("select t from CareTask t where t.spaceId = ?1 and t.assigneeId = ?2 and t.doneAt is null "
            + "and t.dueDate is null" + SOONEST_FIRST)
    List<CareTask> findMineUndated(UUID spaceId, UUID me, Limit limit);

    @Query("select t from CareTask t where t.spaceId = ?1 and t.assigneeId is null and t.doneAt is null "
            + "and t.dueDate between ?2 and ?3" + SOONEST_FIRST)
    List<CareTask> findOpenBetween(UUID spaceId, LocalDate from, LocalDate to, Limit limit);

    @Query("select t from CareTask t where t.spaceId = ?1 and t.assigneeId is null and t.doneAt is null "
            + "and t.dueDate is null" + SOONEST_FIRST)
    List<CareTask> findOpenUndated(UUID spaceId, Limit limit);

    /** Her tasks not yet done in the given spaces, due on {@code from} or later: for her calendar feed. */
    @Query("select t from CareTask t where t.assigneeId = ?1 and t.spaceId in ?2 and t.doneAt is null "
            + "and t.dueDate >= ?3" + SOONEST_FIRST)
    List<CareTask> findClaimedDueFrom(UUID assignee, Collection<UUID> spaceIds, LocalDate from, Limit limit);

    /**
     * Effort-minutes done per person since {@code monthStart}, and of those since {@code weekStart}; night
     * work counts double. Rows: done_by, whether the tasks were done for the mother, week minutes, month minutes.
     */
    @Query("select t.doneBy, t.forMother, "
            + "sum(case when t.doneAt >= ?2 then (case when t.nightWork = true then 2 else 1 end) * t.effortMinutes "
            + "else 0 end), "
            + "sum((case when t.nightWork = true then 2 else 1 end) * t.effortMinutes) "
            + "from CareTask t where t.spaceId = ?1 and t.doneAt >= ?3 and t.doneBy is not null group by t.doneBy, t.forMother")
    List<Object[]> sumDoneMinutes(UUID spaceId, Instant weekStart, Instant monthStart);

    /**
     * Tasks she added since {@code since} for someone else to do (open, or taken by someone else), in one
     * statement: one-off tasks, and each repeating task once (its days are left out: the roller adds them later
     * in her name).
     */
    @Query(nativeQuery = true, value = "select "
            + "(select count(*) from care_task t where t.space_id = :space and t.created_by = :me "
            + "and t.created_at >= :since and t.series_id is null and (t.assignee_id is null or t.assignee_id <> :me)) "
            + "+ (select count(*) from care_task_series s where s.space_id = :space and s.created_by = :me "
            + "and s.created_at >= :since and (s.assignee_id is null or s.assignee_id <> :me))")
    long countAskedByWithSeries(UUID space, UUID me, Instant since);

    /**
     * The days of a series from {@code from} on, done ones too, so a change to the series leaves them be; soonest
     * first, the order its events list them in.
     */
    @Query("select t from CareTask t where t.seriesId = ?1 and t.dueDate >= ?2" + SOONEST_FIRST)
    List<CareTask> findComingInSeries(UUID seriesId, LocalDate from);

    /**
     * Takes an open task in one statement: of many people tapping "I'll do it" at once, the database lets
     * exactly one update succeed. Returns how many rows changed (1 or 0).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CareTask t set t.assigneeId = ?3, t.version = t.version + 1 "
            + "where t.id = ?1 and t.spaceId = ?2 and t.assigneeId is null and t.doneAt is null")
    int claimIfOpen(UUID taskId, UUID spaceId, UUID claimer);

    /**
     * The tasks she had taken on and not finished, soonest first, as rows of id and who posted it: what
     * {@link #releaseUnfinished} is about to put back up, for its events. Ids only, so no task enters the
     * persistence context that the bulk update would leave stale.
     */
    @Query("select t.id, t.createdBy from CareTask t where t.spaceId = ?1 and t.assigneeId = ?2 and t.doneAt is null"
            + SOONEST_FIRST)
    List<Object[]> findUnfinishedTakenBy(UUID spaceId, UUID member);

    /**
     * Puts the tasks she had taken on and not finished back up for others, when she is no longer in the space.
     * Done tasks keep her name. Persistence context left as it is: the membership change that triggers this
     * holds its own entities, and none of them are tasks.
     */
    @Modifying(flushAutomatically = true)
    @Query("update CareTask t set t.assigneeId = null, t.version = t.version + 1 "
            + "where t.spaceId = ?1 and t.assigneeId = ?2 and t.doneAt is null")
    int releaseUnfinished(UUID spaceId, UUID formerMember);

    /**
     * Tasks someone took on, not done, with a start time, on the family's days {@code from} to {@code to}, in every
     * space. For the reminder job ({@link TasksTakenOn}).
     */
    @Query("select t from CareTask t where t.assigneeId is not null and t.doneAt is null and t.startTime is not null "
            + "and t.dueDate between ?1 and ?2")
    List<CareTask> findTakenWithStartTimeBetween(LocalDate from, LocalDate to);
}
