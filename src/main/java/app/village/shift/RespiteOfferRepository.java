package app.village.shift;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RespiteOfferRepository extends JpaRepository<RespiteOffer, UUID> {

    Optional<RespiteOffer> findByIdAndSpaceId(UUID id, UUID spaceId);

    List<RespiteOffer> findBySpaceIdAndStatusOrderByStartsAt(UUID spaceId, RespiteOffer.Status status);
}
