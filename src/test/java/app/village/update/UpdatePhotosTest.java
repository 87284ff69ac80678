package app.village.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.base.UserFacingProblem;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.NotAllowedException;
import app.village.family.SpaceId;
import app.village.photo.PhotoId;
import app.village.photo.PhotoProblem;
import app.village.photo.PhotoService;
import app.village.photo.PhotoSize;
import app.village.photo.ProcessedPhoto;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Photos on updates: up to four, stored only with their update (one transaction), read with the updates in the same
 * statement, and deleted with the update.
 */
@IntegrationTest
class UpdatePhotosTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired PhotoService photos;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired FailsAfterThePhotosAreKept failure;

    VillageUser maya;
    VillageUser rose;
    VillageUser bo;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        bo = family.person("Uncle Bo", FamilyRole.VIEWER);
    }

    /** A small JPEG in one colour, so each photo of a test can be told apart. */
    static byte[] jpeg(Color colour) {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    List<ProcessedPhoto> processed(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> photos.process(space, new ByteArrayInputStream(jpeg(new Color(40 * i, 80, 120)))))
                .toList();
    }

    int storedPhotos() {
        return jdbc.queryForObject("select count(*) from photo where space_id = ?", Integer.class, space.value());
    }

    int storedUpdates() {
        return jdbc.queryForObject("select count(*) from family_update where space_id = ?", Integer.class,
                space.value());
    }

    int links() {
        return jdbc.queryForObject("select count(*) from family_update_photo l join family_update u "
                + "on u.id = l.update_id where u.space_id = ?", Integer.class, space.value());
    }

    UpdateSummary newest() {
        return updates.updates(space, null).updates().getFirst();
    }

    @Test
    void anUpdateCarriesOnePhotoOrFourInTheOrderSheAddedThem() {
        family.as(rose);
        var one = processed(1);
        updates.post(space, new UpdateForm("Her first bath"), one);
        family.as(bo);
        var first = newest();
        assertThat(first.photos()).hasSize(1);
        assertThat(photos.image(first.photos().getFirst(), PhotoSize.THUMBNAIL)).isPresent();

        family.as(rose);
        clock.advance(Duration.ofMinutes(1));
        var four = processed(4);
        updates.post(space, new UpdateForm("A walk in the park"), four);

        family.as(bo);
        var shown = newest();
        assertThat(shown.text()).isEqualTo("A walk in the park");
        assertThat(shown.photos()).hasSize(4).doesNotHaveDuplicates().doesNotContainAnyElementsOf(first.photos());
        for (int i = 0; i < 4; i++) {
            assertThat(photos.image(shown.photos().get(i), PhotoSize.THUMBNAIL)).get()
                    .as("photo %d in the order she added them", i + 1).isEqualTo(four.get(i).thumbnail());
        }
        assertThat(updates.onHome(space).newest().getFirst().photos()).isEqualTo(shown.photos());
        assertThat(updates.updates(space, null).updates().get(1).photos()).isEqualTo(first.photos());
    }

    @Test
    void fivePhotosAreRefusedNextToThePhotosAndNothingIsStored() {
        family.as(rose);
        var five = processed(5);
        int photosBefore = storedPhotos();
        int updatesBefore = storedUpdates();

        assertThatThrownBy(() -> updates.post(space, new UpdateForm("Too many"), five))
                .isInstanceOf(UpdateProblem.class)
                .hasMessage("An update takes at most 4 photos. Remove one to add another.")
                .satisfies(problem -> assertThat(((UserFacingProblem) problem).fieldName()).contains(PhotoProblem.FIELD));

        assertThat(storedPhotos()).isEqualTo(photosBefore);
        assertThat(storedUpdates()).isEqualTo(updatesBefore);
    }

    @Test
    void aPostThatFailsAfterItsPhotosWereKeptLeavesNeitherUpdateNorPhotosNorLinks() {
        family.as(rose);
        var two = processed(2);
        failure.failIn = space.value();
        try {
            assertThatThrownBy(() -> updates.post(space, new UpdateForm("Fails after its photos"), two))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(FailsAfterThePhotosAreKept.MESSAGE);
        } finally {
            failure.failIn = null;
        }

        assertThat(failure.seenInTheTransaction).as("photos and links written before the failure")
                .containsExactly(2, 2, 1);
        assertThat(storedPhotos()).isZero();
        assertThat(links()).isZero();
        assertThat(storedUpdates()).isZero();
    }

    /**
     * Fails a post in the space it is armed for, inside the post's transaction and after its photos were kept,
     * noting what the transaction had written by then (photos, links, updates of the space).
     */
    static class FailsAfterThePhotosAreKept {

        static final String MESSAGE = "A failure after the photos were kept";

        private final JdbcTemplate jdbc;
        private final EntityManager entities;
        volatile @Nullable UUID failIn;
        volatile List<Integer> seenInTheTransaction = List.of();

        FailsAfterThePhotosAreKept(JdbcTemplate jdbc, EntityManager entities) {
            this.jdbc = jdbc;
            this.entities = entities;
        }

        @EventListener
        void on(UpdatePosted posted) {
            if (!posted.spaceId().equals(failIn)) {
                return;
            }
            entities.flush();
            seenInTheTransaction = List.of(
                    count("select count(*) from photo where space_id = ?", posted.spaceId()),
                    count("select count(*) from family_update_photo where update_id = ?", posted.updateId()),
                    count("select count(*) from family_update where space_id = ?", posted.spaceId()));
            throw new IllegalStateException(MESSAGE);
        }

        private int count(String sql, UUID id) {
            return jdbc.queryForObject(sql, Integer.class, id);
        }
    }

    @TestConfiguration
    static class FailingPosts {

        @Bean
        FailsAfterThePhotosAreKept failsAfterThePhotosAreKept(JdbcTemplate jdbc, EntityManager entities) {
            return new FailsAfterThePhotosAreKept(jdbc, entities);
        }
    }

    /** The text is refused before the post's transaction begins, so nothing of it is written at all. */
    @Test
    void aRefusedTextAfterThePhotosWereProcessedLeavesNeitherUpdateNorPhotos() {
        family.as(rose);
        var two = processed(2);
        int photosBefore = storedPhotos();

        assertThatThrownBy(() -> updates.post(space, new UpdateForm("a".repeat(1001)), two))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> updates.post(space, new UpdateForm("Nul\u0000byte"), two))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(storedPhotos()).isEqualTo(photosBefore);
        assertThat(storedUpdates()).isZero();
    }

    @Test
    void aViewerProcessesNoPhotos() {
        family.as(bo);
        assertThatThrownBy(() -> photos.process(space, new ByteArrayInputStream(jpeg(Color.BLUE))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedWhileSheWrites() {
        family.as(rose);
        assertThatThrownBy(() -> photos.process(space,
                new ByteArrayInputStream("Not a photo at all".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo.");
        assertThat(storedPhotos()).isZero();
    }

    @Test
    void deletingAnUpdateDeletesItsPhotosAndOnlyThose() {
        family.as(rose);
        var kept = updates.post(space, new UpdateForm("Stays"), processed(1));
        clock.advance(Duration.ofMinutes(1));
        var gone = updates.post(space, new UpdateForm("Goes"), processed(2));
        var goneIds = newest().photos();
        var keptIds = updates.updates(space, null).updates().get(1).photos();

        family.as(maya);
        updates.delete(space, gone);

        for (PhotoId id : goneIds) {
            assertThat(photos.image(id, PhotoSize.PHOTO)).isEmpty();
        }
        assertThat(photos.image(keptIds.getFirst(), PhotoSize.PHOTO)).isPresent();
        assertThat(links()).isOne();
        assertThat(kept).isNotEqualTo(gone);
    }

    @Test
    void deletingTheSpaceOrThePostersAccountTakesThePhotosAndTheirLinks() {
        family.as(rose);
        updates.post(space, new UpdateForm("Rose's photo"), processed(1));
        family.as(maya);
        updates.post(space, new UpdateForm("Maya's photos"), processed(2));
        family.as(rose);
        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        assertThat(storedPhotos()).isEqualTo(2);
        assertThat(links()).isEqualTo(2);

        family.as(maya);
        var mayasPhotos = newest().photos();
        families.deleteSpace(space, "The Rivera family");
        assertThat(storedPhotos()).isZero();
        for (var photo : mayasPhotos) {
            assertThat(jdbc.queryForObject("select count(*) from family_update_photo where photo_id = ?",
                    Integer.class, photo.value())).isZero();
        }
    }
}
