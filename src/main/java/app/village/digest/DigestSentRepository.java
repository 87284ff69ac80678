package app.village.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DigestSentRepository extends JpaRepository<DigestSent, UUID> {

    /** Who already had this morning's digest of the space. */
    @Query("select d.accountId from DigestSent d where d.spaceId = ?1 and d.localDate = ?2")
    List<UUID> findAccountIdsBySpaceIdAndLocalDate(UUID spaceId, LocalDate localDate);
}
