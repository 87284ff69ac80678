package app.village.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps mail from reaching someone while a {@link DeliveryHold} applies (the mother's sleep window, her quiet
 * hours), and lets what was held go out as one message afterwards. It works on the messages a worker just
 * claimed, inside the claim's transaction: a held one is put back until the hold ends, counting no attempt;
 * once no hold applies, all of her held messages (to the same address) are claimed together and the oldest stands for them all
 * ({@link HeldSummary} writes it). A message that was never held goes as usual, as does any kind that
 * doesn't {@link MailKind#holdsForSleep() wait for sleep} (a reset link she asked for).
 * <p>Decision: docs/decisions/held-mail-one-summary.md.
 */
@Component
class HeldMail {

    private record Hold(Instant until, DeliveryHold.Reason reason) {
    }

    private record Recipient(UUID account, String address) {
    }

    private final OutgoingEmailRepository outbox;
    private final List<DeliveryHold> holds;

    HeldMail(OutgoingEmailRepository outbox, List<DeliveryHold> holds) {
        this.outbox = outbox;
        this.holds = holds;
    }

    /**
     * Of the messages this worker claimed, those to send now: messages not held, and for each person whose
     * hold has ended, the oldest of her held messages standing for all of them (all claimed by this worker).
     */
    List<OutgoingEmail> sortOut(List<OutgoingEmail> claimed, UUID worker, Instant now, Instant claimUntil) {
        var holdNow = new HashMap<UUID, Optional<Hold>>();
        var toSend = new ArrayList<OutgoingEmail>();
        var holdEnded = new LinkedHashSet<Recipient>();
        for (var email : claimed) {
            var account = email.getRecipientAccountId();
            if (account == null || !email.getKind().holdsForSleep()) {
                toSend.add(email);
                continue;
            }
            var hold = holdNow.computeIfAbsent(account, who -> holdOn(who, now));
            if (hold.isPresent()) {
                outbox.hold(email.getId(), worker, hold.get().until(), now, hold.get().reason());
            } else if (email.getHeldSince() != null) {
                holdEnded.add(new Recipient(account, email.getToAddress()));
            } else {
                toSend.add(email);
            }
        }
        for (var recipient : holdEnded) {
            outbox.claimHeldFor(recipient.account(), recipient.address(), worker, now, claimUntil);
            outbox.findHeldClaimedBy(recipient.account(), recipient.address(), worker).stream().findFirst()
                    .ifPresent(toSend::add);
        }
        return toSend;
    }

    /**
     * The latest end of the holds that apply now, and the reason the summary will give (each hold says its own);
     * a hold ending then may be followed by another, asked then.
     */
    private Optional<Hold> holdOn(UUID accountId, Instant now) {
        Instant until = null;
        DeliveryHold.Reason reason = null;
        for (var hold : holds) {
            var end = hold.heldUntil(accountId, now);
            if (end.isEmpty() || !end.get().isAfter(now)) {
                continue;
            }
            reason = reason == null ? hold.reason() : reason.before(hold.reason());
            if (until == null || end.get().isAfter(until)) {
                until = end.get();
            }
        }
        return until == null || reason == null ? Optional.empty() : Optional.of(new Hold(until, reason));
    }

    /** Whether this message stands for a summary of everything held for her. */
    static boolean standsForASummary(OutgoingEmail email) {
        return email.getHeldSince() != null && email.getRecipientAccountId() != null;
    }
}
