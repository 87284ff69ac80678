package app.village.shift;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CareShiftSeriesRepository extends JpaRepository<CareShiftSeries, UUID> {

    Optional<CareShiftSeries> findByIdAndSpaceId(UUID id, UUID spaceId);

    /** Series whose shifts don't yet reach {@code through} and that haven't ended before it. */
    @Query("select s from CareShiftSeries s where s.generatedThrough < ?1 "
            + "and (s.rule.endsOn is null or s.rule.endsOn > s.generatedThrough)")
    List<CareShiftSeries> findNeedingDaysThrough(LocalDate through);
}
