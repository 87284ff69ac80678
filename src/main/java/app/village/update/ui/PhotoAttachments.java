package app.village.update.ui;

import app.village.base.ui.ProblemText;
import app.village.family.SpaceId;
import app.village.photo.PhotoProblem;
import app.village.photo.PhotoService;
import app.village.photo.ProcessedPhoto;
import app.village.update.UpdateForm;
import app.village.update.UpdateProblem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to {@value UpdateForm#MOST_PHOTOS} photos for a new update. Each is checked and re-encoded as it arrives (by
 * the photo module, outside any transaction), so a refusal shows next to the button at once; the result waits here,
 * in memory, until she posts, and is stored only with the update. Removing one, or leaving the page, leaves nothing
 * behind. Refusals never name the file in a log: the messages are the photo module's, shown to her only.
 */
final class PhotoAttachments extends Composite<Div> {

    static final String ADD_PHOTOS = "Add photos";
    static final String HINT = "Up to 4 photos: JPEG, PNG or WebP, at most 15 MB each.";
    static final String STILL_CHECKING = "A photo is still being checked. Post again in a moment.";
    private static final int MOST_BYTES = 15 * 1024 * 1024;

    final Upload upload;
    final ProblemText problem = new ProblemText(ProblemText.Look.NOTICE);
    private final Div previews = new Div();
    private final List<ProcessedPhoto> attached = new ArrayList<>();
    /** Photos attached or being checked: counted before decoding, so a 20-photo pick decodes at most four. */
    private final AtomicInteger taken = new AtomicInteger();
    /** Photos being checked right now: posting waits for them, so none is left behind unseen. */
    private final AtomicInteger checking = new AtomicInteger();
    private final SpaceId space;
    private final PhotoService photos;

    PhotoAttachments(SpaceId space, PhotoService photos) {
        this.space = space;
        this.photos = photos;
        upload = new Upload((UploadHandler) this::arrived);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setMaxFiles(UpdateForm.MOST_PHOTOS);
        upload.setMaxFileSize(MOST_BYTES);
        // One at a time (the browser's default is 3): a pick of four then never races for a decoding slot.
        upload.getElement().setProperty("maxConcurrentUploads", 1);
        var add = new Button(ADD_PHOTOS, VaadinIcon.CAMERA.create());
        add.addClassName("add-photos");
        upload.setUploadButton(add);
        upload.setI18n(refusals());
        upload.addFileRejectedListener(rejected -> problem.show(rejected.getErrorMessage()));
        var hint = new Paragraph(HINT);
        hint.addClassName("photo-hint");
        hint.setId("photo-hint-" + System.identityHashCode(this));
        add.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        previews.addClassName("photo-previews");
        var content = getContent();
        content.addClassName("photo-attachments");
        content.add(upload, hint, problem, previews);
    }

    /** The drop hint and the client's own refusals (before anything is sent), in Village's words. */
    private static UploadI18N refusals() {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop a photo here").setMany("or drop photos here"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(UpdateProblem.TOO_MANY_PHOTOS)
                .setFileIsTooBig("This file is larger than 15 MB. Choose a smaller photo, or share it from your "
                        + "phone's gallery, which makes it smaller.")
                .setIncorrectFileType("This file is not a photo Village can read. Choose a JPEG, PNG or WebP photo."));
        return i18n;
    }

    /** The photos to post with the update, in the order she added them. */
    List<ProcessedPhoto> photos() {
        return List.copyOf(attached);
    }

    /** True while a photo she added is still being checked: it is neither attached nor refused yet. */
    boolean stillChecking() {
        return checking.get() > 0;
    }

    /**
     * Empty again once the update is posted. Only the attached photos give back their places: one that began
     * arriving meanwhile still holds its own, and gives it back itself if it is refused.
     */
    void clear() {
        taken.addAndGet(-attached.size());
        attached.clear();
        problem.clear();
        showPreviews();
    }

    void showProblem(String message) {
        problem.show(message);
    }

    /**
     * One upload, in its own request: checked here, outside the session lock (decoding takes a moment), and shown in
     * her page through {@code access}.
     */
    private void arrived(UploadEvent event) {
        check(event.getUI(), event.getInputStream());
    }

    /**
     * Checks one photo arriving in {@code ui}'s page. It counts as being checked until its result is shown in the
     * page (under the session lock), so a Post in between is refused rather than sent without it.
     */
    void check(UI ui, InputStream upload) {
        if (!reserve()) {
            ui.access(() -> refused(UpdateProblem.TOO_MANY_PHOTOS));
            return;
        }
        checking.incrementAndGet();
        try {
            var processed = photos.process(space, upload);
            ui.access(() -> {
                checking.decrementAndGet();
                attach(processed);
            });
        } catch (PhotoProblem refusal) {
            giveBack();
            ui.access(() -> refused(refusal.getMessage()));
        } catch (RuntimeException failed) {
            giveBack();
            throw failed;
        }
    }

    private void giveBack() {
        taken.decrementAndGet();
        checking.decrementAndGet();
    }

    private boolean reserve() {
        int now;
        do {
            now = taken.get();
            if (now >= UpdateForm.MOST_PHOTOS) {
                return false;
            }
        } while (!taken.compareAndSet(now, now + 1));
        return true;
    }

    private void attach(ProcessedPhoto processed) {
        attached.add(processed);
        upload.clearFileList();
        problem.clear();
        showPreviews();
    }

    private void refused(String message) {
        upload.clearFileList();
        problem.show(message);
    }

    private void remove(ProcessedPhoto photo) {
        if (attached.remove(photo)) {
            taken.decrementAndGet();
        }
        problem.clear();
        showPreviews();
        upload.getUploadButton().getElement().callJsFunction("focus");
    }

    /** Her photos as thumbnails, each with a button that names which one it removes. */
    private void showPreviews() {
        previews.removeAll();
        int count = attached.size();
        for (int i = 0; i < count; i++) {
            var photo = attached.get(i);
            var which = "photo " + (i + 1) + " of " + count;
            var thumbnail = photo.thumbnail();
            var image = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                    new ByteArrayInputStream(thumbnail), "photo.jpg", "image/jpeg", thumbnail.length)),
                    "Your " + which + " to share");
            var remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), click -> remove(photo));
            remove.addClassName("remove-photo");
            remove.getElement().setAttribute("aria-label", "Remove " + which);
            var preview = new Div(image, remove);
            preview.addClassName("photo-preview");
            previews.add(preview);
        }
        previews.setVisible(count > 0);
    }
}
