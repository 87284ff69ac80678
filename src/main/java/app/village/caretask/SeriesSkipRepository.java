package app.village.caretask;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeriesSkipRepository extends JpaRepository<SeriesSkip, SeriesSkip.Key> {

    @Query("select s from SeriesSkip s where s.key.seriesId = ?1")
    List<SeriesSkip> findBySeriesId(UUID seriesId);
}
