package app.village.shift;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShiftSeriesSkipRepository extends JpaRepository<ShiftSeriesSkip, ShiftSeriesSkip.Key> {

    @Query("select s from ShiftSeriesSkip s where s.key.seriesId = ?1")
    List<ShiftSeriesSkip> findBySeriesId(UUID seriesId);
}
