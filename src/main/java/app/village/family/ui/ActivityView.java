package app.village.family.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.Links;
import app.village.base.ui.LostAccess;
import app.village.base.ui.TimeTexts;
import app.village.family.ActivityEntry;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The owner's record of who joined, was invited, changed role, left or was removed, and when. */
@Route(FamilyNavigation.ACTIVITY)
@PageTitle("Activity · Village")
@PermitAll
class ActivityView extends Main implements BeforeEnterObserver {

    private final FamilyService familyService;
    private final Clock clock;

    ActivityView(FamilyService familyService, Clock clock) {
        this.familyService = familyService;
        this.clock = clock;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = FamilyNavigation.spaceFor(event, familyService::space);
        if (found.isEmpty()) {
            return;
        }
        var space = found.get();
        try {
            removeAll();
            if (!space.can(FamilyPermission.READ_AUDIT_LOG)) {
                add(OwnersOnly.refusal(space, "The space's activity records"));
                return;
            }
            add(FamilyNavigation.backToSpace(space.id(), space.name()), new H1("Activity"),
                    Links.quiet("Changes to who is in the space, newest first. Times are in " + TimeTexts.zoneName(space.zone()) + "."),
                    entries(space.zone(), familyService.activity(space.id())));
        } catch (NoLongerAvailableException gone) {
            LostAccess.sendHome(event);
        }
    }

    private UnorderedList entries(ZoneId zone, List<ActivityEntry> activity) {
        var list = new UnorderedList();
        list.addClassName("activity");
        var today = clock.instant().atZone(zone).toLocalDate();
        for (var entry : activity) {
            var when = new Span(TimeTexts.dayAndTime(entry.at(), zone, today));
            when.addClassName("activity-when");
            var what = new Span(describe(entry));
            what.addClassName("activity-what");
            list.add(new ListItem(when, what));
        }
        if (activity.isEmpty()) {
            list.add(new ListItem(new Paragraph("Nothing yet.")));
        }
        return list;
    }

    /** One sentence per change, in plain words: "Maya invited Jo as Supporter". */
    static String describe(ActivityEntry entry) {
        var actor = entry.actorName() == null ? "Someone" : entry.actorName();
        var subject = entry.subjectName();
        var detail = entry.detail() == null ? "" : entry.detail();
        return switch (entry.action()) {
            case "CREATED_SPACE" -> actor + " created the space";
            case "INVITED" -> join(actor + " invited " + subject, detail);
            case "INVITATION_REVOKED" -> actor + " withdrew the invitation for " + subject;
            case "INVITATION_REISSUED" -> actor + " sent " + subject + " a new invitation link";
            case "JOINED" -> join(subject + " joined", detail);
            case "DECLINED" -> subject + " declined the invitation";
            case "ROLE_CHANGED" -> detail.isEmpty() ? actor + " changed the role of " + subject
                    : actor + " changed the role of " + subject + " from " + detail;
            case "REMOVED" -> actor + " removed " + subject + " from the space";
            case "LEFT" -> detail.isEmpty() ? subject + " left the space" : subject + " left the space (" + detail + ")";
            default -> join(subject + ": " + entry.action().toLowerCase(Locale.ROOT).replace('_', ' '), detail);
        };
    }

    private static String join(String sentence, String detail) {
        return detail.isEmpty() ? sentence : sentence + " " + detail;
    }
}
