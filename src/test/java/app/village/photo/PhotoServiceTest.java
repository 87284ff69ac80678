package app.village.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.NotAllowedException;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Sharing a photo in a family space, reading it as a member, and the ways photos go. */
@IntegrationTest
class PhotoServiceTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired PhotoService photoService;
    @Autowired PhotoRepository stored;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;

    PhotoId share(VillageUser who, byte[] upload) {
        family.as(who);
        return photoService.store(family.space(), new ByteArrayInputStream(upload));
    }

    static byte[] aPhoneJpeg() {
        return TestPhotos.jpegWithGps(2400, 1600, 6);
    }

    @Test
    void aSupporterSharesAPhotoAndEveryMemberSeesItWithoutItsLocation() throws IOException {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var grandpa = family.person("Grandpa", FamilyRole.VIEWER);

        var id = share(rose, aPhoneJpeg());

        family.as(grandpa);
        var photo = photoService.image(id, PhotoSize.PHOTO).orElseThrow();
        var thumbnail = photoService.image(id, PhotoSize.THUMBNAIL).orElseThrow();
        assertThat(PhotoProcessingTest.contains(photo, TestPhotos.GPS_MARKER)).isFalse();
        assertThat(PhotoProcessingTest.appSegmentsOf(photo)).containsExactly(0xE0);
        assertThat(PhotoProcessingTest.appSegmentsOf(thumbnail)).containsExactly(0xE0);
        // Turned upright (orientation 6): 2,400 x 1,600 as stored is seen as 1,365 x 2,048.
        var seen = ImageIO.read(new ByteArrayInputStream(photo));
        assertThat(seen.getWidth()).isEqualTo(1365);
        assertThat(seen.getHeight()).isEqualTo(2048);
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getHeight()).isEqualTo(480);
        assertThat(photo.length).as("a noisy photo is over a megabyte, and kept whole").isGreaterThan(1_000_000);
    }

    @Test
    void aViewerCannotSharePhotos() {
        var grandpa = family.person("Grandpa", FamilyRole.VIEWER);
        long before = stored.count();

        assertThatThrownBy(() -> share(grandpa, aPhoneJpeg())).isInstanceOf(NotAllowedException.class);
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void nobodySignedInCanShareOrSeePhotos() {
        var id = share(family.mother(), aPhoneJpeg());
        family.signOut();

        assertThatThrownBy(() -> photoService.store(family.space(), new ByteArrayInputStream(aPhoneJpeg())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> photoService.image(id, PhotoSize.PHOTO))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() {
        var maya = family.mother();
        long before = stored.count();

        assertThatThrownBy(() -> share(maya, "not a photo".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PhotoProblem.class);
        assertThatThrownBy(() -> share(maya, TestPhotos.pngBomb(50_000))).isInstanceOf(PhotoProblem.class);
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void aProcessedPhotoIsRefusedLikeAStoredOneAndKeptOnlyInsideTheCallersTransaction() {
        var maya = family.mother();
        family.as(maya);
        long before = stored.count();

        assertThatThrownBy(() -> photoService.process(family.space(), new ByteArrayInputStream(
                TestPhotos.pngBomb(50_000)))).isInstanceOf(PhotoProblem.class)
                .hasMessageContaining("more pixels than Village takes");
        var processed = photoService.process(family.space(), new ByteArrayInputStream(aPhoneJpeg()));
        assertThat(processed.thumbnail()).isNotEmpty();
        assertThat(stored.count()).as("processing stores nothing").isEqualTo(before);

        assertThatThrownBy(() -> photoService.keep(family.space(), List.of(processed)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(stored.count()).isEqualTo(before);

        var ids = transactions.execute(status -> photoService.keep(family.space(), List.of(processed, processed)));
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(photoService.image(ids.getFirst(), PhotoSize.THUMBNAIL)).get().isEqualTo(processed.thumbnail());
    }

    @Test
    void aMadeUpIdFindsNothing() {
        family.as(family.mother());

        assertThat(photoService.image(PhotoId.of(UUID.randomUUID()), PhotoSize.PHOTO)).isEmpty();
    }

    @Test
    void whoSharedAPhotoOrAnOwnerDeletesIt() {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var aunt = family.person("Aunt Lea", FamilyRole.ORGANIZER);
        var rosesPhoto = share(rose, aPhoneJpeg());
        var auntsPhoto = share(aunt, aPhoneJpeg());
        var mayasPhoto = share(family.mother(), aPhoneJpeg());

        family.as(rose);
        assertThatThrownBy(() -> photoService.delete(family.space(), List.of(rosesPhoto, auntsPhoto)))
                .isInstanceOf(PhotoProblem.class)
                .hasMessage("Only the person who shared a photo, or an owner, can remove it.");
        assertThat(stored.existsById(rosesPhoto.value())).as("nothing half-deleted").isTrue();
        photoService.delete(family.space(), List.of(rosesPhoto));
        assertThat(stored.existsById(rosesPhoto.value())).isFalse();

        family.as(family.mother());
        photoService.delete(family.space(), List.of(auntsPhoto, rosesPhoto));
        assertThat(stored.existsById(auntsPhoto.value())).isFalse();
        assertThat(stored.existsById(mayasPhoto.value())).isTrue();
        family.as(aunt);
        assertThat(photoService.image(auntsPhoto, PhotoSize.THUMBNAIL)).isEmpty();
    }

    @Test
    void deletingTheSpaceDeletesItsPhotos() {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var rosesPhoto = share(rose, aPhoneJpeg());
        var mayasPhoto = share(family.mother(), aPhoneJpeg());
        var elsewhere = family.spaceOf(rose, "Rose's own family");
        var keptElsewhere = photoService.store(elsewhere, new ByteArrayInputStream(aPhoneJpeg()));

        family.as(family.mother());
        families.deleteSpace(family.space(), "The Rivera family");

        assertThat(stored.existsById(rosesPhoto.value())).isFalse();
        assertThat(stored.existsById(mayasPhoto.value())).isFalse();
        assertThat(stored.existsById(keptElsewhere.value())).isTrue();
    }

    @Test
    void deletingAnAccountDeletesThePhotosSheShared() {
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var rosesPhoto = share(rose, aPhoneJpeg());
        var mayasPhoto = share(family.mother(), aPhoneJpeg());

        family.as(rose);
        accounts.deleteMyAccount(FamilyTestData.PASSWORD);

        assertThat(stored.existsById(rosesPhoto.value())).isFalse();
        assertThat(stored.existsById(mayasPhoto.value())).isTrue();
    }
}
