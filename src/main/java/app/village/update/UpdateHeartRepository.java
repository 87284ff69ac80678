package app.village.update;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UpdateHeartRepository extends JpaRepository<UpdateHeart, UpdateHeart.Key> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UpdateHeart h where h.key.updateId = ?1 and h.key.accountId = ?2")
    int takeBack(UUID updateId, UUID accountId);
}
