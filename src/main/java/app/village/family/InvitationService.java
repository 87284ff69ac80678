package app.village.family;

import app.village.account.AccountService;
import app.village.base.PublicLinks;
import app.village.base.SecretTokens;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Invitations into a family space: issuing, listing, revoking and re-issuing them (owners, and organizers
 * when allowed), and the invitee's side: previewing, accepting or declining through the link's token.
 */
@Service
@Validated
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final SpaceAccess access;
    private final FamilyService familyService;
    private final AccountService accounts;
    private final MailOutbox mail;
    private final TokenAttemptLimiter limiter;
    private final InvitationSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    InvitationService(InvitationRepository invitations, MembershipRepository memberships, SpaceAccess access,
            FamilyService familyService, AccountService accounts, MailOutbox mail, TokenAttemptLimiter limiter,
            InvitationSettings settings, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher publisher) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.access = access;
        this.familyService = familyService;
        this.accounts = accounts;
        this.mail = mail;
        this.limiter = limiter;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Issues an invitation and returns its link, to copy and send any way she likes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public IssuedInvitation invite(SpaceId spaceId, @Valid InvitationForm form) {
        var me = access.requireMembership(spaceId, FamilyPermission.INVITE);
        requireMayInviteAs(me, form.role());
        if (form.email() != null && !form.email().isBlank()) {
            var existing = accounts.findIdByEmail(form.email());
            if (existing.isPresent() && memberships.existsBySpaceIdAndAccountId(spaceId.value(), existing.get())) {
                throw new FamilyProblem(FamilyProblem.Field.EMAIL, "This person is already a member of the space.");
            }
        }
        var token = SecretTokens.newToken();
        var now = clock.instant();
        var inviterName = currentUser.require().displayName();
        var invitation = invitations.save(new Invitation(me.getSpace(), me.getAccountId(), inviterName, form,
                SecretTokens.hash(token), now, now.plus(settings.validFor())));
        familyService.record(spaceId, inviterName, invitation.getInviteeName(), MembershipEvent.Action.INVITED,
                "as " + form.role().label());
        if (invitation.getEmail() != null) {
            mailTheLink(invitation, accounts.findIdByEmail(invitation.getEmail()));
        }
        invitationsChanged(spaceId, me.getAccountId());
        return new IssuedInvitation(invitation.getId(), linkFor(token), invitation.getEmail() != null);
    }

    /** The space's invitations; invitees' emails only for owners, as with members. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InvitationSummary> invitations(SpaceId spaceId) {
        var me = access.requireMembership(spaceId, FamilyPermission.INVITE);
        boolean showEmails = FamilyPermission.SEE_MEMBER_EMAILS.allows(me.getRole(), false);
        var now = clock.instant();
        return invitations.findBySpaceId(spaceId.value()).stream()
                .map(i -> new InvitationSummary(i.getId(), i.getInviteeName(), i.getRelationship(), i.getRole(),
                        showEmails ? i.getEmail() : null, i.statusAt(now), i.getCreatedAt(), i.getExpiresAt()))
                .toList();
    }

    /** Withdraws a pending invitation; its link then shows the same message as any unusable link. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(SpaceId spaceId, UUID invitationId) {
        var me = access.requireMembership(spaceId, FamilyPermission.INVITE);
        var invitation = invitationOf(spaceId, invitationId);
        requireMayInviteAs(me, invitation.getRole());
        if (invitation.statusAt(clock.instant()) != InvitationStatus.PENDING) {
            throw new FamilyProblem(FamilyProblem.Field.GENERAL, "Only a pending invitation can be revoked.");
        }
        invitation.revoke(clock.instant());
        mail.withdraw(mailAbout(invitation));
        familyService.record(spaceId, currentUser.require().displayName(), invitation.getInviteeName(),
                MembershipEvent.Action.INVITATION_REVOKED, null);
        invitationsChanged(spaceId, me.getAccountId());
        log.info("Account {} revoked invitation {}", me.getAccountId(), invitationId);
    }

    /**
     * A new link for an expired (or still pending) invitation; any earlier link, copied or mailed, stops working.
     * An invitation with an email address is mailed again ("Resend"), with a link made when that mail is sent.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public IssuedInvitation reissue(SpaceId spaceId, UUID invitationId) {
        var me = access.requireMembership(spaceId, FamilyPermission.INVITE);
        var invitation = invitationOf(spaceId, invitationId);
        requireMayInviteAs(me, invitation.getRole());
        var status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.EXPIRED && status != InvitationStatus.PENDING) {
            throw new FamilyProblem(FamilyProblem.Field.GENERAL, "Only a pending or expired invitation can get a new link.");
        }
        var token = SecretTokens.newToken();
        var now = clock.instant();
        invitation.reissue(SecretTokens.hash(token), now, now.plus(settings.validFor()));
        if (invitation.getEmail() != null) {
            mail.withdraw(mailAbout(invitation));
            mailTheLink(invitation, accounts.findIdByEmail(invitation.getEmail()));
        }
        familyService.record(spaceId, currentUser.require().displayName(), invitation.getInviteeName(),
                MembershipEvent.Action.INVITATION_REISSUED, null);
        invitationsChanged(spaceId, me.getAccountId());
        return new IssuedInvitation(invitation.getId(), linkFor(token), invitation.getEmail() != null);
    }

    /**
     * What the link's holder may see before deciding: open to anyone with the link, signed in or not.
     * Empty for any link that can't be used.
     */
    @Transactional(readOnly = true)
    public Optional<InvitationPreview> preview(String token, String clientKey) {
        return usable(token, clientKey, false).map(invitation -> new InvitationPreview(invitation.getSpace().getName(),
                invitation.getInvitedByName(), invitation.getInviteeName(), invitation.getRelationship(),
                invitation.getRole(), invitation.getEmail(), invitation.getMessage()));
    }

    /**
     * Joins the signed-in person to the space. The invitation is used up in the same transaction that
     * creates the membership, under a row lock: of two simultaneous accepts, exactly one joins.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SpaceId accept(String token, String clientKey) {
        familyService.membershipsChanged();
        var me = currentUser.require();
        var invitation = usable(token, clientKey, true).orElseThrow(InvitationProblem::unusable);
        var space = invitation.getSpace();
        var now = clock.instant();
        invitation.accept(me.accountId(), now);
        if (!memberships.existsBySpaceIdAndAccountId(space.getId(), me.accountId())) {
            memberships.save(new Membership(space, me.accountId(), invitation.getRole(), invitation.getRelationship(), now));
            familyService.record(SpaceId.of(space.getId()), null, me.displayName(), MembershipEvent.Action.JOINED,
                    "as " + invitation.getRole().label());
            publisher.publishEvent(new MemberJoined(space.getId(), me.accountId(), invitation.getRole()));
        }
        log.info("Account {} joined space {}", me.accountId(), space.getId());
        return SpaceId.of(space.getId());
    }

    @Transactional
    public void decline(String token, String clientKey) {
        var invitation = usable(token, clientKey, true).orElseThrow(InvitationProblem::unusable);
        invitation.decline(clock.instant());
        familyService.record(SpaceId.of(invitation.getSpace().getId()), null, invitation.getInviteeName(),
                MembershipEvent.Action.DECLINED, null);
        // She is not in the circle, so no open page of the space is hers: every one reads again.
        invitationsChanged(SpaceId.of(invitation.getSpace().getId()), null);
    }

    /** Open members pages show the invitations: they read again (ids only). */
    private void invitationsChanged(SpaceId spaceId, @org.jspecify.annotations.Nullable UUID by) {
        publisher.publishEvent(new InvitationsChanged(spaceId.value(), by));
    }

    private Optional<Invitation> usable(String token, String clientKey, boolean forUpdate) {
        // While a client is held, even a good link is refused: otherwise guessing could go on regardless.
        if (!limiter.mayTry(clientKey)) {
            throw new InvitationProblem(InvitationProblem.TOO_MANY_TRIES);
        }
        Optional<Invitation> usable = Optional.empty();
        if (SecretTokens.looksValid(token)) {
            var hash = SecretTokens.hash(token);
            var found = forUpdate ? invitations.findByTokenHashForUpdate(hash) : invitations.findByTokenHash(hash);
            Instant now = clock.instant();
            usable = found.filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING);
        }
        if (usable.isEmpty()) {
            limiter.recordFailure(clientKey);
        }
        return usable;
    }

    /** An organizer allowed to invite brings in supporters; other roles, and their invitations, are the owners'. */
    private static void requireMayInviteAs(Membership me, FamilyRole role) {
        if (!me.getRole().mayInviteAs(role)) {
            throw new FamilyProblem(FamilyProblem.Field.ROLE, "Only an owner can invite someone as " + role.label()
                    + ", or change such an invitation.");
        }
    }

    private Invitation invitationOf(SpaceId spaceId, UUID invitationId) {
        return invitations.findById(invitationId)
                .filter(i -> i.getSpace().getId().equals(spaceId.value()))
                .orElseThrow(() -> new FamilyProblem(FamilyProblem.Field.GENERAL, "That invitation is no longer there."));
    }

    private String linkFor(String token) {
        return PublicLinks.under(settings.publicUrl(), "invitation/" + token);
    }

    /**
     * Records the invitation mail; its link is made only when it is sent ({@link InvitationMailLinks}), so no token
     * is stored, and a mail whose invitation was revoked meanwhile is never sent. Someone who already has an
     * account hears of it in Village too ({@link InvitedByMail}, for the bell).
     */
    private void mailTheLink(Invitation invitation, Optional<UUID> inviteeAccount) {
        var email = Objects.requireNonNull(invitation.getEmail());
        mail.record(Letter.of(MailKind.MEMBERSHIP, "invitation", email, inviteeAccount.orElse(null))
                .inFamily(invitation.getSpace().getName())
                .with("inviter", invitation.getInvitedByName())
                .with("invitee", invitation.getInviteeName())
                .with("message", Objects.requireNonNullElse(invitation.getMessage(), ""))
                .with("days", Long.toString(settings.validFor().toDays()))
                .withSecret(InvitationMailLinks.PURPOSE, invitation.getId())
                .about(mailAbout(invitation)));
        publisher.publishEvent(new InvitedByMail(invitation.getSpace().getId(), invitation.getId(),
                currentUser.requireAccountId(), inviteeAccount.orElse(null)));
    }

    private static String mailAbout(Invitation invitation) {
        return "invitation:" + invitation.getId();
    }
}
