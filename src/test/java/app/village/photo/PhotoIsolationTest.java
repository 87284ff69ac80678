package app.village.photo;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.NotAMemberException;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.IsolationHarness;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member of family A reaches none of family B's photos: every public method of {@link PhotoService}, called with
 * family B's space or photo ids, is refused without naming anyone, and B's photos stay. A new public method, or a
 * new service in the package, fails {@link #everyPublicMethodIsCovered} until it is added here.
 */
@IntegrationTest
class PhotoIsolationTest {

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired PhotoService photoService;
    @Autowired PhotoRepository stored;
    @Autowired TransactionTemplate transactions;

    VillageUser anna;
    SpaceId familyA;
    SpaceId familyB;
    PhotoId photoOfB;

    static ByteArrayInputStream aPhoto() {
        return new ByteArrayInputStream(TestPhotos.jpegWithGps(64, 48, 1));
    }

    @BeforeEach
    void twoFamilies() {
        theirs.mother();
        familyB = theirs.space();
        photoOfB = photoService.store(familyB, aPhoto());
        anna = ours.mother();
        familyA = ours.space();
        ours.as(anna);
    }

    /** Each public method, called by Anna with family B's space or photo ids. */
    Map<String, Runnable> callsInFamilyB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("store", () -> photoService.store(familyB, aPhoto()));
        calls.put("process", () -> photoService.process(familyB, aPhoto()));
        calls.put("keep", () -> transactions.executeWithoutResult(status ->
                photoService.keep(familyB, List.of(photoService.process(familyA, aPhoto())))));
        calls.put("image(photo)", () -> photoService.image(photoOfB, PhotoSize.PHOTO));
        calls.put("image(thumbnail)", () -> photoService.image(photoOfB, PhotoSize.THUMBNAIL));
        calls.put("isVisible", () -> photoService.isVisible(photoOfB));
        calls.put("delete", () -> photoService.delete(familyB, List.of(photoOfB)));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        long before = stored.count();

        IsolationHarness.assertEachRefused(callsInFamilyB(), "%s", (name, refused) -> refused
                .isInstanceOf(NotAMemberException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));

        assertThat(stored.count()).isEqualTo(before);
        assertThat(stored.existsById(photoOfB.value())).isTrue();
    }

    @Test
    void familyBsPhotoIdsInHerOwnSpaceDeleteNothing() {
        photoService.delete(familyA, List.of(photoOfB));

        assertThat(stored.existsById(photoOfB.value())).isTrue();
    }

    static final IsolationHarness ISOLATION = IsolationHarness.of(List.of(PhotoService.class));

    @Test
    void everyServiceOfThePackageIsListed() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
    }

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryMethodIsCalled(callsInFamilyB(), "with family B's space or photo");
    }
}
