package app.village.update.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.ui.ProblemText;
import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.update.UpdateService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Photos in the writer: each upload is checked as it arrives and shown as a thumbnail she can remove; refusals show
 * next to the button; the photos are stored only when she posts, and the card shows them to the family.
 */
@ExtendWith(OutputCaptureExtension.class)
class UpdatePhotosUiTest extends KaribuUiTest {

    static final String PRIVATE_FILE_NAME = "Lily-at-Nursery-Road-12";

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser rose;
    SpaceId space;

    @BeforeEach
    void theRiveraFamily() {
        maya = family.mother();
        space = family.space();
        rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
    }

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

    Section openHome(VillageUser who) {
        startAs(who);
        UI.getCurrent().navigate("family/" + space);
        return _get(Section.class, spec -> spec.withClasses("updates-on-home"));
    }

    static Upload upload(Section section) {
        return _get(section, Upload.class);
    }

    /** The refusal next to the photos; empty while hidden (Karibu finds only what is shown). */
    static String problem(Section section) {
        var shown = _find(section, ProblemText.class, spec -> spec.withClasses("notice"));
        return shown.isEmpty() ? "" : shown.getFirst().getText();
    }

    static List<String> removeLabels(Section section) {
        return _find(section, Button.class, spec -> spec.withClasses("remove-photo")).stream()
                .map(button -> button.getElement().getAttribute("aria-label")).toList();
    }

    int storedPhotos() {
        return jdbc.queryForObject("select count(*) from photo where space_id = ?", Integer.class, space.value());
    }

    @Test
    void sheAddsAPhotoPostsItAndTheFamilySeesItsThumbnailLinkingToThePhoto() {
        var section = openHome(rose);
        var add = _get(section, Button.class, spec -> spec.withClasses("add-photos"));
        assertThat(add.getText()).isEqualTo("Add photos");
        assertThat(upload(section).getMaxFiles()).isEqualTo(4);
        assertThat(upload(section).getMaxFileSize()).isEqualTo(15 * 1024 * 1024);
        assertThat(upload(section).getAcceptedFileTypes()).containsExactly("image/jpeg", "image/png", "image/webp");

        _upload(upload(section), "baby.jpg", "image/jpeg", jpeg(Color.PINK));

        assertThat(removeLabels(section)).containsExactly("Remove photo 1 of 1");
        assertThat(storedPhotos()).as("nothing is stored before she posts").isZero();
        _setValue(_get(section, TextArea.class), "Her first smile");
        _click(_get(section, Button.class, spec -> spec.withText("Post")));

        assertThat(removeLabels(section)).as("the writer is ready for the next one").isEmpty();
        assertThat(storedPhotos()).isOne();
        family.as(maya);
        var photo = updates.onHome(space).newest().getFirst().photos().getFirst();

        var home = openHome(maya);
        var card = _get(home, Article.class);
        var link = _get(card, Anchor.class, spec -> spec.withClasses("update-photo"));
        assertThat(link.getHref()).isEqualTo("photos/" + photo);
        var thumbnail = _get(link, Image.class);
        assertThat(thumbnail.getSrc()).isEqualTo("photos/" + photo + "/thumb");
        assertThat(thumbnail.getAlt()).contains("Photo 1 of 1 shared by Grandma Rose");
    }

    @Test
    void aTextFileNamedLikeAPhotoIsRefusedNextToTheButtonAndItsNameReachesNoLog(CapturedOutput output) {
        var section = openHome(rose);

        _upload(upload(section), PRIVATE_FILE_NAME + ".jpg", "image/jpeg",
                "Dear diary, the baby slept".getBytes(StandardCharsets.UTF_8));

        assertThat(problem(section))
                .isEqualTo("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo.");
        assertThat(removeLabels(section)).isEmpty();
        assertThat(_get(section, ProblemText.class, spec -> spec.withClasses("notice")).getElement()
                .getAttribute("role")).isEqualTo("alert");
        assertThat(output.getAll()).doesNotContain(PRIVATE_FILE_NAME);

        _upload(upload(section), "fine.jpg", "image/jpeg", jpeg(Color.GREEN));
        assertThat(problem(section)).as("a photo that is fine clears the refusal").isEmpty();
        assertThat(removeLabels(section)).containsExactly("Remove photo 1 of 1");
    }

    @Test
    void aFifthPhotoIsRefusedAndRemovingOneMakesRoomAgain() {
        var section = openHome(rose);
        var colours = List.of(Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.BLUE);
        for (var colour : colours) {
            _upload(upload(section), "photo.jpg", "image/jpeg", jpeg(colour));
        }

        assertThat(problem(section)).isEqualTo("An update takes at most 4 photos. Remove one to add another.");
        assertThat(removeLabels(section)).containsExactly("Remove photo 1 of 4", "Remove photo 2 of 4",
                "Remove photo 3 of 4", "Remove photo 4 of 4");

        _click(_get(section, Button.class, spec -> spec.withAttribute("aria-label", "Remove photo 2 of 4")));
        assertThat(removeLabels(section)).containsExactly("Remove photo 1 of 3", "Remove photo 2 of 3",
                "Remove photo 3 of 3");
        _upload(upload(section), "photo.jpg", "image/jpeg", jpeg(Color.MAGENTA));
        assertThat(removeLabels(section)).hasSize(4);

        _setValue(_get(section, TextArea.class), "Four colours");
        _click(_get(section, Button.class, spec -> spec.withText("Post")));
        assertThat(storedPhotos()).isEqualTo(4);
        family.as(rose);
        assertThat(updates.onHome(space).newest().getFirst().photos()).hasSize(4);
    }

    @Test
    void manyPhotosPickedAtOnceAreRefusedByTheBrowserInVillagesWords() {
        var section = openHome(rose);
        var upload = upload(section);

        assertThat(upload.getI18n().getError().getTooManyFiles())
                .isEqualTo("An update takes at most 4 photos. Remove one to add another.");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).startsWith("This file is larger than 15 MB.");
        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("or drop photos here");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(upload,
                        upload.getI18n().getError().getTooManyFiles(), "photo 5.jpg"));

        assertThat(problem(section)).isEqualTo("An update takes at most 4 photos. Remove one to add another.");
    }

    /** A photo whose bytes arrive only once the test lets them go: until then it is being checked. */
    static final class HeldBackUpload extends InputStream {

        final CountDownLatch letGo = new CountDownLatch(1);
        private final InputStream bytes;

        HeldBackUpload(byte[] bytes) {
            this.bytes = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() throws IOException {
            waitToBeLetGo();
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            waitToBeLetGo();
            return bytes.read(buffer, offset, length);
        }

        private void waitToBeLetGo() throws IOException {
            try {
                if (!letGo.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("never let go");
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IOException(stopped);
            }
        }
    }

    /**
     * Starts the upload's check in its own thread, as a browser's upload request is (outside the session lock), as
     * the signed-in person, and waits until it is being checked.
     */
    static Thread arrivingInBackground(PhotoAttachments attachments, InputStream upload) {
        var ui = UI.getCurrent();
        var thread = new Thread(new DelegatingSecurityContextRunnable(() -> attachments.check(ui, upload),
                SecurityContextHolder.getContext()));
        thread.start();
        await(attachments::stillChecking);
        return thread;
    }

    /** Runs what the upload thread queued for the page until {@code shown} holds. */
    static void await(BooleanSupplier shown) {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not show it in time");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            MockVaadin.clientRoundtrip(false);
        }
    }

    @Test
    void postingWhileAPhotoIsStillBeingCheckedIsRefusedNextToThePhotosAndThenGoesWithIt() throws Exception {
        var section = openHome(rose);
        var attachments = _get(section, PhotoAttachments.class);
        _upload(upload(section), "first.jpg", "image/jpeg", jpeg(Color.PINK));
        var second = new HeldBackUpload(jpeg(Color.GREEN));
        var checking = arrivingInBackground(attachments, second);

        _setValue(_get(section, TextArea.class), "Two photos of the garden");
        _click(_get(section, Button.class, spec -> spec.withText("Post")));

        assertThat(problem(section)).isEqualTo("A photo is still being checked. Post again in a moment.");
        assertThat(storedPhotos()).as("nothing posted without the photo being checked").isZero();
        assertThat(_get(section, TextArea.class).getValue()).isEqualTo("Two photos of the garden");

        second.letGo.countDown();
        checking.join(10_000);
        await(() -> removeLabels(section).size() == 2);
        assertThat(problem(section)).isEmpty();
        _click(_get(section, Button.class, spec -> spec.withText("Post")));

        assertThat(storedPhotos()).isEqualTo(2);
        assertThat(removeLabels(section)).isEmpty();
    }

    @Test
    void aPhotoRefusedAfterTheWriterWasEmptiedGivesBackOnlyItsOwnPlace() throws Exception {
        var section = openHome(rose);
        var attachments = _get(section, PhotoAttachments.class);
        for (var colour : List.of(Color.RED, Color.ORANGE, Color.YELLOW)) {
            _upload(upload(section), "photo.jpg", "image/jpeg", jpeg(colour));
        }
        var notAPhoto = new HeldBackUpload("Dear diary".getBytes(StandardCharsets.UTF_8));
        var checking = arrivingInBackground(attachments, notAPhoto);

        // As a post empties the writer when a fourth photo began arriving just after it was sent.
        attachments.clear();
        notAPhoto.letGo.countDown();
        checking.join(10_000);
        await(() -> !problem(section).isEmpty());
        assertThat(problem(section)).startsWith("This file is not a photo Village can read.");

        for (var colour : List.of(Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.BLUE)) {
            _upload(upload(section), "photo.jpg", "image/jpeg", jpeg(colour));
        }
        assertThat(removeLabels(section)).as("four places, never a fifth").hasSize(4);
        assertThat(problem(section)).isEqualTo("An update takes at most 4 photos. Remove one to add another.");
    }

    @Test
    void oneUploadAtATimeSoAPickOfFourDoesNotRaceForDecoding() {
        var section = openHome(rose);

        assertThat(upload(section).getElement().getProperty("maxConcurrentUploads", 0)).isEqualTo(1);
    }

    @Test
    void aTextRefusedAfterThePhotosArrivedKeepsThemAndStoresNothing() {
        var section = openHome(rose);
        _upload(upload(section), "photo.jpg", "image/jpeg", jpeg(Color.CYAN));

        _click(_get(section, Button.class, spec -> spec.withText("Post")));

        assertThat(_get(section, TextArea.class).getErrorMessage()).isEqualTo("Please write a few words first.");
        assertThat(removeLabels(section)).as("her photo waits for the text").containsExactly("Remove photo 1 of 1");
        assertThat(storedPhotos()).isZero();
    }
}
