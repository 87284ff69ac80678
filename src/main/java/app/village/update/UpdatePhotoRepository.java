package app.village.update;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UpdatePhotoRepository extends JpaRepository<UpdatePhoto, UUID> {

    @Query("select f.photoId from UpdatePhoto f where f.updateId = ?1 order by f.photoOrder")
    List<UUID> photosOf(UUID updateId);
}
