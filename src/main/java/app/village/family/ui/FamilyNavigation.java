package app.village.family.ui;

import app.village.base.NoLongerAvailableException;
import app.village.base.ui.Links;
import app.village.base.ui.LostAccess;
import app.village.family.FamilyService;
import app.village.family.SpaceDetails;
import app.village.family.SpaceId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Where the family pages live, and typed ways to get there. Route templates use {@link #SPACE_ID}. */
public final class FamilyNavigation {

    public static final String SPACE_ID = "spaceId";
    public static final String TOKEN = "token";

    /**
     * An invitation token waiting for a signed-out person to sign up or log in, kept as an attribute of the
     * HTTP session ({@code VaadinSession.getCurrent().getSession()}), which survives the login. The start page
     * opens the invitation once she is signed in, and removes the attribute.
     */
    public static final String PENDING_INVITATION = "village.pendingInvitation";

    /** A space's home; every page inside a space, of any feature, has its route under this one. */
    public static final String HOME = "family/:" + SPACE_ID;
    static final String MEMBERS = HOME + "/members";
    static final String INVITE = HOME + "/invite";
    static final String SETTINGS = HOME + "/settings";
    static final String ACTIVITY = HOME + "/activity";
    static final String NEW_SPACE = "spaces/new";
    static final String INVITATION = "invitation/:" + TOKEN;

    private FamilyNavigation() {
    }

    /** The route parameters of a page inside a space. */
    public static RouteParameters space(SpaceId spaceId) {
        return new RouteParameters(SPACE_ID, spaceId.toString());
    }

    /**
     * The address of a route template with its parameters filled in ({@code family/:spaceId/members} becomes
     * {@code family/3f…/members}), so a page's address is written once, in its template. A parameter's pattern
     * ({@code :taskId([0-9a-f-]+)}) is dropped; a missing parameter is a programming error
     * (docs/decisions/editor-mode-from-the-route.md).
     */
    public static String path(String template, RouteParameters parameters) {
        var path = new StringBuilder();
        for (var segment : template.split("/")) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            if (segment.startsWith(":")) {
                var name = segment.substring(1).replaceFirst("\\(.*\\)$", "");
                path.append(parameters.get(name)
                        .orElseThrow(() -> new IllegalArgumentException("No " + name + " for " + template)));
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    /** The space id from a route, or empty when it is missing or not a UUID (never a database lookup). */
    public static Optional<SpaceId> spaceIdFrom(RouteParameters parameters) {
        return parameters.get(SPACE_ID).flatMap(FamilyNavigation::parseUuid).map(SpaceId::of);
    }

    /**
     * The space a family page is about, read from its route and loaded for the signed-in member. Empty when
     * she was sent elsewhere instead: a malformed id gets the not-found page; a space that isn't hers (or no
     * longer is) takes her home, with the same words whichever it was.
     */
    public static Optional<SpaceDetails> spaceFor(BeforeEnterEvent event, Function<SpaceId, SpaceDetails> load) {
        var spaceId = spaceIdFrom(event.getRouteParameters());
        if (spaceId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
        try {
            return Optional.of(load.apply(spaceId.get()));
        } catch (NoLongerAvailableException gone) {
            LostAccess.sendHome(event);
            return Optional.empty();
        }
    }

    /**
     * The space in the route; or, on a feature's short route from the bottom bar ("today", "tasks",
     * "shifts"), the space she used last. Without any space she goes to the start page, which helps her make
     * or join one.
     */
    public static Optional<SpaceDetails> spaceOrLastUsed(BeforeEnterEvent event, FamilyService families) {
        if (event.getRouteParameters().get(SPACE_ID).isPresent()) {
            return spaceFor(event, families::openSpace);
        }
        var lastUsed = families.lastUsedSpace();
        if (lastUsed.isPresent()) {
            try {
                return Optional.of(families.openSpace(lastUsed.get()));
            } catch (NoLongerAvailableException gone) {
                // fall through to the start page
            }
        }
        event.forwardTo(StartView.class);
        return Optional.empty();
    }

    public static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    public static String homePath(SpaceId spaceId) {
        return path(HOME, space(spaceId));
    }

    public static String membersPath(SpaceId spaceId) {
        return path(MEMBERS, space(spaceId));
    }

    public static String invitePath(SpaceId spaceId) {
        return path(INVITE, space(spaceId));
    }

    public static String settingsPath(SpaceId spaceId) {
        return path(SETTINGS, space(spaceId));
    }

    public static String activityPath(SpaceId spaceId) {
        return path(ACTIVITY, space(spaceId));
    }

    public static String invitationPath(String token) {
        return path(INVITATION, new RouteParameters(TOKEN, token));
    }

    /** "‹ The Rivera family": back to the space's home, first thing on every page inside a space. */
    public static Anchor backToSpace(SpaceId spaceId, String spaceName) {
        return Links.back(homePath(spaceId), spaceName);
    }

    public static void navigateToHome(SpaceId spaceId) {
        UI.getCurrent().navigate(FamilyHomeView.class, space(spaceId));
    }

    public static void navigateToMembers(SpaceId spaceId) {
        UI.getCurrent().navigate(MembersView.class, space(spaceId));
    }

    public static void navigateToInvite(SpaceId spaceId) {
        UI.getCurrent().navigate(InviteView.class, space(spaceId));
    }

    public static void navigateToSettings(SpaceId spaceId) {
        UI.getCurrent().navigate(SpaceSettingsView.class, space(spaceId));
    }

    public static void navigateToActivity(SpaceId spaceId) {
        UI.getCurrent().navigate(ActivityView.class, space(spaceId));
    }

    public static void navigateToNewSpace() {
        UI.getCurrent().navigate(CreateSpaceView.class);
    }

    /** Her start page: the space she used last, or how to make or join one. */
    public static void navigateToStart() {
        UI.getCurrent().navigate(StartView.class);
    }
}
