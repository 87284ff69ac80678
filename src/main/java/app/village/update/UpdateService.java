package app.village.update;

import app.village.account.AccountName;
import app.village.account.AccountService;
import app.village.family.FamilyPermission;
import app.village.family.MemberContext;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import app.village.photo.PhotoId;
import app.village.photo.PhotoProblem;
import app.village.photo.PhotoService;
import app.village.photo.ProcessedPhoto;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Family updates: posting, reading newest first, editing and deleting (the poster, or an owner), hearts, and the
 * one pinned update. Every method checks through {@link SpaceAccess} that the signed-in person belongs to the
 * space and may do the action; an update id is only ever looked up inside that space. An update's photos are
 * stored and deleted in the update's own transaction, so no photo outlives its update or comes without one.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class UpdateService {

    /** Updates per page of the Updates page. */
    public static final int PAGE_SIZE = 20;
    /** The newest updates the home page shows under the pinned one. */
    public static final int NEWEST_ON_HOME = 3;

    private final FamilyUpdateRepository updates;
    private final UpdateHeartRepository hearts;
    private final PinnedUpdateRepository pins;
    private final UpdatePhotoRepository updatePhotos;
    private final PhotoService photos;
    private final AccountService accounts;
    private final SpaceAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    UpdateService(FamilyUpdateRepository updates, UpdateHeartRepository hearts, PinnedUpdateRepository pins,
            UpdatePhotoRepository updatePhotos, PhotoService photos, AccountService accounts, SpaceAccess access,
            ApplicationEventPublisher publisher, Clock clock) {
        this.updates = updates;
        this.hearts = hearts;
        this.pins = pins;
        this.updatePhotos = updatePhotos;
        this.photos = photos;
        this.accounts = accounts;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public UpdateId post(SpaceId spaceId, @Valid UpdateForm form) {
        return posted(spaceId, form, List.of());
    }

    /**
     * Posts the update with up to {@value UpdateForm#MOST_PHOTOS} photos, already checked by
     * {@link PhotoService#process}: the photos are stored in this same transaction, so a refusal or a failure
     * leaves neither the update nor any of its photos.
     */
    @Transactional
    public UpdateId post(SpaceId spaceId, @Valid UpdateForm form, List<ProcessedPhoto> withPhotos) {
        return posted(spaceId, form, withPhotos);
    }

    private UpdateId posted(SpaceId spaceId, UpdateForm form, List<ProcessedPhoto> withPhotos) {
        var me = access.require(spaceId, FamilyPermission.POST_UPDATES);
        if (withPhotos.size() > UpdateForm.MOST_PHOTOS) {
            throw new UpdateProblem(UpdateProblem.TOO_MANY_PHOTOS, PhotoProblem.FIELD);
        }
        var update = updates.save(new FamilyUpdate(me.spaceId(), me.accountId(), form, clock.instant()));
        if (!withPhotos.isEmpty()) {
            var kept = photos.keep(spaceId, withPhotos);
            for (int i = 0; i < kept.size(); i++) {
                updatePhotos.save(new UpdatePhoto(kept.get(i).value(), update.getId(), i));
            }
        }
        publisher.publishEvent(new UpdatePosted(me.spaceId(), update.getId(), me.accountId()));
        return UpdateId.of(update.getId());
    }

    /** The pinned update and the newest {@value #NEWEST_ON_HOME} others, in one read. */
    @Transactional(readOnly = true)
    public UpdatesOnHome onHome(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var read = summaries(me, updates.findPinnedFirst(me.spaceId()));
        var pinned = read.isEmpty() || !read.getFirst().pinned() ? null : read.getFirst();
        var newest = read.stream().filter(update -> !update.pinned()).limit(NEWEST_ON_HOME).toList();
        return new UpdatesOnHome(pinned, newest);
    }

    /** {@value #PAGE_SIZE} updates, newest first; the next page starts after {@code olderThan} (empty: the newest). */
    @Transactional(readOnly = true)
    public UpdatePage updates(SpaceId spaceId, @Nullable UpdateId olderThan) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        List<Object[]> rows;
        if (olderThan == null) {
            rows = updates.findNewest(me.spaceId());
        } else {
            var after = find(me, olderThan);
            rows = updates.findOlder(me.spaceId(), after.getPostedAt(), after.getId());
        }
        var read = summaries(me, rows);
        var hasOlder = read.size() > PAGE_SIZE;
        return new UpdatePage(List.copyOf(hasOlder ? read.subList(0, PAGE_SIZE) : read), hasOlder);
    }

    /**
     * The poster, while her role still lets her post, or an owner, changes the text: a poster since made a viewer
     * no longer rewrites what the family reads.
     */
    @Transactional
    public void edit(SpaceId spaceId, UpdateId updateId, @Valid UpdateForm form) {
        var me = access.requireMember(spaceId);
        var update = find(me, updateId);
        if (!mayEdit(me, update)) {
            access.require(spaceId, FamilyPermission.MODERATE_UPDATES);
        }
        update.edit(form, clock.instant());
        publisher.publishEvent(new UpdateChanged(me.spaceId(), update.getId(), me.accountId()));
    }

    /**
     * The poster (whatever her role now: taking her own words back is always hers), or an owner, deletes it, and its
     * photos with it in the same transaction.
     */
    @Transactional
    public void delete(SpaceId spaceId, UpdateId updateId) {
        var me = access.requireMember(spaceId);
        var update = find(me, updateId);
        if (!mayDelete(me, update)) {
            access.require(spaceId, FamilyPermission.MODERATE_UPDATES);
        }
        var itsPhotos = updatePhotos.photosOf(update.getId()).stream().map(PhotoId::of).toList();
        photos.delete(spaceId, itsPhotos);
        updates.delete(update);
        publisher.publishEvent(new UpdateDeleted(me.spaceId(), update.getId(), me.accountId()));
    }

    /** Hearts the update, or takes her heart back; answers whether she hearts it now. */
    @Transactional
    public boolean toggleHeart(SpaceId spaceId, UpdateId updateId) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var update = find(me, updateId);
        boolean hearted = hearts.takeBack(update.getId(), me.accountId()) == 0;
        if (hearted) {
            hearts.save(new UpdateHeart(update.getId(), me.accountId(), clock.instant()));
        }
        publisher.publishEvent(new UpdateHearted(me.spaceId(), update.getId(), me.accountId()));
        return hearted;
    }

    /** Pins the update to the top of everyone's home; one pinned at a time, so this replaces any other. */
    @Transactional
    public void pin(SpaceId spaceId, UpdateId updateId) {
        var me = access.require(spaceId, FamilyPermission.PIN_UPDATE);
        var update = find(me, updateId);
        pins.findById(me.spaceId()).ifPresentOrElse(
                pin -> pin.moveTo(update.getId(), me.accountId(), clock.instant()),
                () -> pins.save(new PinnedUpdate(me.spaceId(), update.getId(), me.accountId(), clock.instant())));
        publisher.publishEvent(new UpdatePinned(me.spaceId(), update.getId(), me.accountId()));
    }

    /** Takes the pin off; nothing is published when nothing was pinned. */
    @Transactional
    public void unpin(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.PIN_UPDATE);
        if (pins.existsById(me.spaceId())) {
            pins.deleteById(me.spaceId());
            publisher.publishEvent(new UpdatePinned(me.spaceId(), null, me.accountId()));
        }
    }

    private FamilyUpdate find(MemberContext me, UpdateId updateId) {
        return updates.findByIdAndSpaceId(updateId.value(), me.spaceId())
                .orElseThrow(() -> new UpdateProblem(UpdateProblem.GONE));
    }

    /** Her own, while she may still post; any update with her role's leave to moderate. */
    private static boolean mayEdit(MemberContext me, FamilyUpdate update) {
        return me.can(FamilyPermission.MODERATE_UPDATES)
                || isHers(me, update) && me.can(FamilyPermission.POST_UPDATES);
    }

    /** Her own, always; any update with her role's leave to moderate. */
    private static boolean mayDelete(MemberContext me, FamilyUpdate update) {
        return me.can(FamilyPermission.MODERATE_UPDATES) || isHers(me, update);
    }

    private static boolean isHers(MemberContext me, FamilyUpdate update) {
        return update.getPosterId().equals(me.accountId());
    }

    /**
     * The rows (update, pinned mark, one heart's account, its photo ids) as summaries; names from the request's own
     * read.
     */
    private List<UpdateSummary> summaries(MemberContext me, List<Object[]> rows) {
        var pinned = new HashSet<UUID>();
        var heartsOn = new LinkedHashMap<FamilyUpdate, List<UUID>>();
        var photosOf = new HashMap<UUID, List<PhotoId>>();
        for (var row : rows) {
            var update = (FamilyUpdate) row[0];
            var hearts = heartsOn.computeIfAbsent(update, any -> new ArrayList<>());
            photosOf.computeIfAbsent(update.getId(), any -> photoIds((String) row[3]));
            if (row[1] != null) {
                pinned.add(update.getId());
            }
            if (row[2] != null) {
                hearts.add((UUID) row[2]);
            }
        }
        var people = new HashSet<UUID>();
        heartsOn.forEach((update, hearts) -> {
            people.add(update.getPosterId());
            people.addAll(hearts);
        });
        var names = people.isEmpty() ? Map.<UUID, AccountName>of() : accounts.namesOf(people);
        var result = new ArrayList<UpdateSummary>();
        heartsOn.forEach((update, heartedBy) -> {
            var mine = isHers(me, update);
            result.add(new UpdateSummary(UpdateId.of(update.getId()), nameOf(names, update.getPosterId()), mine,
                    update.getBody(), update.getPostedAt(), update.getEditedAt() != null,
                    pinned.contains(update.getId()), heartedBy.contains(me.accountId()),
                    heartedBy.stream()
                            .map(id -> id.equals(me.accountId()) ? UpdateSummary.YOU : nameOf(names, id)).toList(),
                    mayEdit(me, update), photosOf.get(update.getId())));
        });
        return result;
    }

    /** The photo ids the read aggregated as one column ("id,id"), or none. */
    private static List<PhotoId> photoIds(@Nullable String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(aggregated.split(",")).map(id -> PhotoId.of(UUID.fromString(id.strip()))).toList();
    }

    /** Posts and hearts go with their account (V27 cascades), so every one read has a name. */
    private static String nameOf(Map<UUID, AccountName> names, UUID accountId) {
        return Objects.requireNonNull(names.get(accountId), "an account read with its update").displayName();
    }
}
