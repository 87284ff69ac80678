package app.village.photo;

import app.village.family.FamilyPermission;
import app.village.family.FamilyRole;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family's photos. Storing one decodes and re-encodes it ({@link PhotoProcessing}), so only pixels are kept;
 * an update's photos are {@linkplain #process processed} as they arrive and {@linkplain #keep kept} in the update's
 * own transaction; reading one is for members of its space. A space's photos go with the space, and the photos a person shared go
 * with her account: the database's foreign keys delete them in the same transaction
 * (docs/decisions/photos-safely.md).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PhotoService {

    private static final Logger log = LoggerFactory.getLogger(PhotoService.class);

    private final PhotoRepository photos;
    private final SpaceAccess access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PhotoService(PhotoRepository photos, SpaceAccess access, TransactionTemplate transactions, Clock clock) {
        this.photos = photos;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores a photo the signed-in member shares in the space, and returns its id; refuses with a
     * {@link PhotoProblem} what is not a JPEG, PNG or WebP photo, is over 15 MB, has more pixels than a phone's
     * photo, or arrives while Village is busy decoding others. The message never names the file (a name may say a
     * place or a child's name and must not reach a log): a view that wants it says it beside the message. The
     * upload is decoded outside any transaction; the one insert that keeps it happens only once it is a photo, so
     * a refusal leaves nothing behind.
     */
    public PhotoId store(SpaceId spaceId, InputStream upload) {
        access.require(spaceId, FamilyPermission.POST_UPDATES);
        var processed = PhotoProcessing.process(upload);
        var photo = transactions.execute(status -> {
            var me = access.require(spaceId, FamilyPermission.POST_UPDATES);
            return photos.save(new Photo(spaceId.value(), me.accountId(), clock.instant(), processed));
        });
        var id = PhotoId.of(photo.getId());
        log.info("Photo {} stored in space {}", id, spaceId);
        return id;
    }

    /**
     * Checks and re-encodes a photo the signed-in member means to share in the space, without storing it: the
     * refusals are those of {@link #store}, at once, while she is still writing. The upload is decoded outside any
     * transaction; {@link #keep} stores the result together with what it belongs to.
     */
    public ProcessedPhoto process(SpaceId spaceId, InputStream upload) {
        access.require(spaceId, FamilyPermission.POST_UPDATES);
        return new ProcessedPhoto(PhotoProcessing.process(upload));
    }

    /**
     * Stores processed photos as the signed-in member's, in the caller's transaction (there must be one), and
     * returns their ids in the same order: they exist only if what they belong to (an update) is committed too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PhotoId> keep(SpaceId spaceId, List<ProcessedPhoto> processed) {
        var me = access.require(spaceId, FamilyPermission.POST_UPDATES);
        var now = clock.instant();
        var kept = photos.saveAll(processed.stream()
                .map(photo -> new Photo(spaceId.value(), me.accountId(), now, photo.processed())).toList());
        var ids = kept.stream().map(photo -> PhotoId.of(photo.getId())).toList();
        log.info("{} photos kept in space {}", ids.size(), spaceId);
        return ids;
    }

    /**
     * The photo or its thumbnail, as JPEG, for a member of its space; empty when there is no such photo (or no
     * longer); refuses with {@code NotAMemberException} when it belongs to a space she is not in.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> image(PhotoId photoId, PhotoSize size) {
        var spaceId = photos.spaceOf(photoId.value());
        if (spaceId.isEmpty()) {
            return Optional.empty();
        }
        access.requireMember(SpaceId.of(spaceId.get()));
        return size == PhotoSize.THUMBNAIL ? photos.thumbnailOf(photoId.value()) : photos.imageOf(photoId.value());
    }

    /**
     * True when the photo is there for her, a member of its space, without reading its bytes (her browser asks
     * whether the copy it has is still hers to show); false when there is no such photo (or no longer); refuses
     * with {@code NotAMemberException} when it belongs to a space she is not in.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(PhotoId photoId) {
        var spaceId = photos.spaceOf(photoId.value());
        if (spaceId.isEmpty()) {
            return false;
        }
        access.requireMember(SpaceId.of(spaceId.get()));
        return true;
    }

    /**
     * Deletes photos of the space: her own, or anyone's for an owner (as with an update, which its poster or an
     * owner deletes). Ids that are not, or no longer, photos of this space are passed over, so deleting an update
     * whose photos went with their sharer's account still works.
     */
    @Transactional
    public void delete(SpaceId spaceId, Collection<PhotoId> photoIds) {
        var me = access.requireMember(spaceId);
        var ids = photoIds.stream().map(PhotoId::value).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        if (me.role() != FamilyRole.OWNER && !photos.sharedByOthers(spaceId.value(), ids, me.accountId()).isEmpty()) {
            throw new PhotoProblem("Only the person who shared a photo, or an owner, can remove it.");
        }
        int deleted = photos.deleteInSpace(spaceId.value(), ids);
        log.info("{} photos deleted in space {}", deleted, spaceId);
    }
}
