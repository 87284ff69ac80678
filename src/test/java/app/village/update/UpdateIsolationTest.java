package app.village.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.family.FamilyRole;
import app.village.family.NotAMemberException;
import app.village.family.SpaceId;
import app.village.photo.PhotoId;
import app.village.photo.PhotoService;
import app.village.photo.PhotoSize;
import app.village.photo.ProcessedPhoto;
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

/**
 * A member of family A reaches none of family B's updates: every public method of {@link UpdateService}, called
 * with family B's space id or (in her own space) with B's update ids, is refused, no refusal names family B, and B's
 * updates, hearts and pin stay as they were. A new public method fails {@link #everyPublicMethodIsCovered}.
 */
@IntegrationTest
class UpdateIsolationTest {

    static final IsolationHarness ISOLATION = IsolationHarness.of(List.of(UpdateService.class));

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired UpdateService updates;
    @Autowired PhotoService photos;

    VillageUser maya;
    SpaceId familyB;
    UpdateId pinnedOfB;
    UpdateId heartedOfB;
    VillageUser anna;
    SpaceId familyA;
    ProcessedPhoto annasPhoto;

    @BeforeEach
    void twoFamilies() {
        maya = theirs.mother();
        familyB = theirs.space();
        var rose = theirs.person("Rose Secretname", FamilyRole.SUPPORTER);
        theirs.as(rose);
        heartedOfB = updates.post(familyB, new UpdateForm("Secretword: the baby came home"),
                List.of(photos.process(familyB, aPhoto())));
        theirs.as(maya);
        pinnedOfB = updates.post(familyB, new UpdateForm("Secretword: no visits until Sunday"));
        updates.pin(familyB, pinnedOfB);
        updates.toggleHeart(familyB, heartedOfB);

        anna = ours.mother();
        familyA = ours.space();
        ours.as(anna);
        updates.post(familyA, new UpdateForm("Our own news"));
        annasPhoto = photos.process(familyA, aPhoto());
    }

    static ByteArrayInputStream aPhoto() {
        return new ByteArrayInputStream(UpdatePhotosTest.jpeg(java.awt.Color.ORANGE));
    }

    UpdateForm takeOver() {
        return new UpdateForm("Taken over");
    }

    /** Each public method, called by Anna with family B's space id. */
    Map<String, Runnable> callsInFamilyB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("post", () -> updates.post(familyB, takeOver()));
        calls.put("post(with photos)", () -> updates.post(familyB, takeOver(), List.of(annasPhoto)));
        calls.put("onHome", () -> updates.onHome(familyB));
        calls.put("updates(newest)", () -> updates.updates(familyB, null));
        calls.put("updates(older)", () -> updates.updates(familyB, pinnedOfB));
        calls.put("edit", () -> updates.edit(familyB, heartedOfB, takeOver()));
        calls.put("delete", () -> updates.delete(familyB, heartedOfB));
        calls.put("toggleHeart", () -> updates.toggleHeart(familyB, heartedOfB));
        calls.put("pin", () -> updates.pin(familyB, heartedOfB));
        calls.put("unpin", () -> updates.unpin(familyB));
        return calls;
    }

    /** Each public method that takes an update id, called by Anna (an owner) in her own space with B's ids. */
    Map<String, Runnable> callsInFamilyAWithIdsOfB() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("updates", () -> updates.updates(familyA, pinnedOfB));
        calls.put("edit", () -> updates.edit(familyA, heartedOfB, takeOver()));
        calls.put("delete", () -> updates.delete(familyA, pinnedOfB));
        calls.put("toggleHeart", () -> updates.toggleHeart(familyA, heartedOfB));
        calls.put("pin", () -> updates.pin(familyA, heartedOfB));
        return calls;
    }

    @Test
    void everyCallWithAnotherFamilysIdsIsRefusedWithoutNamingAnyone() {
        var before = whatFamilyBSees();
        ours.as(anna);

        IsolationHarness.assertEachRefused(callsInFamilyB(), "%s", (name, refused) -> refused
                .isInstanceOf(NotAMemberException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).as(name)
                        .doesNotContain("Secret").doesNotContain("Hidden")));
        IsolationHarness.assertEachRefused(callsInFamilyAWithIdsOfB(), "%s in her own space",
                (name, refused) -> refused.isExactlyInstanceOf(UpdateProblem.class)
                        .hasMessage("That update is no longer there."));

        assertThat(whatFamilyBSees()).isEqualTo(before);
        ours.as(anna);
        assertThat(updates.updates(familyA, null).updates()).extracting(UpdateSummary::text)
                .containsExactly("Our own news");
        assertThat(updates.onHome(familyA).pinned()).isNull();
    }

    /** Family B's updates as its owner reads them: texts, hearts, photos and the pin. */
    List<Object> whatFamilyBSees() {
        theirs.as(maya);
        var page = updates.updates(familyB, null);
        assertThat(page.updates()).anySatisfy(update -> assertThat(update.photos()).hasSize(1));
        return List.of(page, updates.onHome(familyB), photos.image(photoOfB(page), PhotoSize.THUMBNAIL).isPresent());
    }

    static PhotoId photoOfB(UpdatePage page) {
        return page.updates().stream().flatMap(update -> update.photos().stream()).findFirst().orElseThrow();
    }

    @Test
    void herOwnSpaceShowsNoPhotoOfFamilyB() {
        theirs.as(maya);
        var photoOfB = photoOfB(updates.updates(familyB, null));
        ours.as(anna);

        assertThatThrownBy(() -> photos.image(photoOfB, PhotoSize.THUMBNAIL)).isInstanceOf(NotAMemberException.class);
        assertThat(updates.updates(familyA, null).updates()).allSatisfy(update ->
                assertThat(update.photos()).doesNotContain(photoOfB));
    }

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
        assertThat(ISOLATION.publicMethods()).hasSizeGreaterThanOrEqualTo(8);
        ISOLATION.assertEveryMethodIsCalled(callsInFamilyB(), "with family B's space");
        ISOLATION.assertEveryMethodTakingAnIdIsCalled(callsInFamilyAWithIdsOfB(), "in family A with B's ids");
    }
}
