package app.village.shift;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandoffNoteRepository extends JpaRepository<HandoffNote, UUID> {

    List<HandoffNote> findByShiftIdOrderByWrittenAtDesc(UUID shiftId);

    /** The newest handoffs in the space written before {@code before}: what the next helper reads first. */
    @Query("select h from HandoffNote h where h.spaceId = ?1 and h.writtenAt <= ?2 order by h.writtenAt desc")
    List<HandoffNote> findLatest(UUID spaceId, Instant before, Limit limit);

    /** The newest handoff of another shift written by {@code before}: what the helper of a shift reads first. */
    @Query("select h from HandoffNote h where h.spaceId = ?1 and h.writtenAt <= ?2 and h.shiftId <> ?3 "
            + "order by h.writtenAt desc")
    List<HandoffNote> findLatestOfOtherShifts(UUID spaceId, Instant before, UUID shiftId, Limit limit);
}
