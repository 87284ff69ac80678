package app.village.family.ui;

import app.village.base.ui.TimeTexts;
import app.village.family.FamilyRole;
import app.village.family.InvitationStatus;
import app.village.family.InvitationSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The read-only lines of the members page's cards: who someone is, and an invitation's state and dates. */
final class PersonCardParts {

    private PersonCardParts() {
    }

    /** "an organizer", "a supporter": a role as a sentence names it. */
    static String aRole(FamilyRole role) {
        var label = role.label().toLowerCase(Locale.ROOT);
        return (role == FamilyRole.OWNER || role == FamilyRole.ORGANIZER ? "an " : "a ") + label;
    }

    static Span line(String text) {
        var span = new Span(text);
        span.addClassName("person-detail");
        return span;
    }

    static Span invitationStatus(InvitationSummary invitation) {
        var status = new Span(invitation.status().label());
        status.addClassNames("status-label", "status-" + invitation.status().name().toLowerCase(Locale.ROOT));
        return status;
    }

    /** Name and status, then relationship and role, the address it went to, and when it was sent and ends. */
    static List<Component> invitationDescription(InvitationSummary invitation, Span status, ZoneId zone) {
        var name = new Span(invitation.name());
        name.addClassName("person-name");
        var heading = new Div(name, status);
        heading.addClassName("person-heading");
        var parts = new ArrayList<Component>();
        parts.add(heading);
        parts.add(line(invitation.relationship() == null ? invitation.role().label()
                : invitation.relationship() + " · " + invitation.role().label()));
        if (invitation.email() != null) {
            parts.add(line("Email: " + invitation.email()));
        }
        var sent = "Sent " + date(invitation.createdAt(), zone);
        parts.add(line(switch (invitation.status()) {
            case PENDING -> sent + " · works until " + date(invitation.expiresAt(), zone);
            case EXPIRED -> sent + " · expired " + date(invitation.expiresAt(), zone);
            default -> sent;
        }));
        return parts;
    }

    /** Pending invitations first, then the rest; the newest first within each. */
    static List<InvitationSummary> pendingFirstNewestFirst(List<InvitationSummary> invitations) {
        return invitations.stream()
                .sorted(Comparator.comparing((InvitationSummary i) -> i.status() != InvitationStatus.PENDING)
                        .thenComparing(InvitationSummary::createdAt, Comparator.reverseOrder()))
                .toList();
    }

    static String date(Instant instant, ZoneId zone) {
        return TimeTexts.shortDate(instant.atZone(zone));
    }
}
