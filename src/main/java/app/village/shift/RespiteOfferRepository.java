package app.village.shift;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RespiteOfferRepository extends JpaRepository<RespiteOffer, UUID> {

    Optional<RespiteOffer> findByIdAndSpaceId(UUID id, UUID spaceId);

    List<RespiteOffer> findBySpaceIdAndStatusOrderByStartsAt(UUID spaceId, RespiteOffer.Status status);

    /** Takes back the offers she made in the space that are still open, once she is no longer in it. */
    default int withdrawOpenOffers(UUID spaceId, UUID offeredBy) {
        return changeStatus(spaceId, offeredBy, RespiteOffer.Status.OFFERED, RespiteOffer.Status.WITHDRAWN);
    }

    @Modifying(flushAutomatically = true)
    @Query("update RespiteOffer o set o.status = ?4, o.version = o.version + 1 "
            + "where o.spaceId = ?1 and o.offeredBy = ?2 and o.status = ?3")
    int changeStatus(UUID spaceId, UUID offeredBy, RespiteOffer.Status from, RespiteOffer.Status to);
}
