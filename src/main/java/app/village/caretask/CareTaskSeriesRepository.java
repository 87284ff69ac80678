package app.village.caretask;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CareTaskSeriesRepository extends JpaRepository<CareTaskSeries, UUID> {

    Optional<CareTaskSeries> findByIdAndSpaceId(UUID id, UUID spaceId);

    /** The series of each of these tasks of the space that repeat, in one query. */
    @Query("select new app.village.caretask.CareTaskSeriesRepository$SeriesOfTask(t.id, s) from CareTask t, "
            + "CareTaskSeries s where s.id = t.seriesId and t.spaceId = ?1 and s.spaceId = ?1 and t.id in ?2")
    List<SeriesOfTask> findSeriesOfTasks(UUID spaceId, Collection<UUID> taskIds);

    record SeriesOfTask(UUID taskId, CareTaskSeries series) {
    }

    /** Series whose tasks don't yet reach {@code through} and that haven't ended before it. */
    @Query("select s from CareTaskSeries s where s.generatedThrough < ?1 "
            + "and (s.rule.endsOn is null or s.rule.endsOn > s.generatedThrough)")
    List<CareTaskSeries> findNeedingDaysThrough(LocalDate through);

    /** Her repeating tasks: their coming days are added for whoever takes them, no longer in her name. */
    @Modifying(flushAutomatically = true)
    @Query("update CareTaskSeries s set s.assigneeId = null, s.version = s.version + 1 "
            + "where s.spaceId = ?1 and s.assigneeId = ?2")
    int release(UUID spaceId, UUID formerMember);
}
