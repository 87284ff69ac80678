package app.village.caretask;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CareTaskSeriesRepository extends JpaRepository<CareTaskSeries, UUID> {

    Optional<CareTaskSeries> findByIdAndSpaceId(UUID id, UUID spaceId);

    /** Series whose tasks don't yet reach {@code through} and that haven't ended before it. */
    @Query("select s from CareTaskSeries s where s.generatedThrough < ?1 "
            + "and (s.rule.endsOn is null or s.rule.endsOn > s.generatedThrough)")
    List<CareTaskSeries> findNeedingDaysThrough(LocalDate through);
}
