package app.village.shift;

import app.village.account.AccountId;
import app.village.account.AccountService;
import app.village.base.TextLocale;
import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceAccess;
import app.village.family.SpaceId;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.shift.ui.ShiftNavigation;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mother asks one person of her circle to take a night of her sleep that nobody has taken yet. The ask is
 * a letter to that person (template {@code mail/night-ask.txt}), recorded in the mail outbox with the change; the
 * night itself stays open for anyone, and the ask is withdrawn if the night is taken before it goes out
 * ({@link NightStillOpen}). Why there is no stored "asked" mark:
 * docs/decisions/ask-someone-for-a-night.md.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NightAskService {

    private static final DateTimeFormatter NIGHT = DateTimeFormatter.ofPattern("EEEE, MMMM d", TextLocale.DEFAULT);

    private final CareShiftRepository shifts;
    private final SpaceAccess access;
    private final FamilyService families;
    private final AccountService accounts;
    private final MailOutbox mail;
    private final Clock clock;

    NightAskService(CareShiftRepository shifts, SpaceAccess access, FamilyService families, AccountService accounts,
            MailOutbox mail, Clock clock) {
        this.shifts = shifts;
        this.access = access;
        this.families = families;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /** Someone she may ask: a member other than her whose role lets her take shifts. */
    public record Person(AccountId accountId, String name) {
    }

    /** Whom she may ask to take a night, in the order of the members page. */
    @Transactional(readOnly = true)
    public List<Person> peopleToAsk(SpaceId spaceId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        return families.members(spaceId).stream()
                .filter(member -> !member.isMe()
                        && FamilyPermission.CLAIM_CARE.allows(member.role(), me.organizersMayInvite()))
                .map(member -> new Person(AccountId.of(member.accountId()), member.displayName()))
                .toList();
    }

    /** Asks one person to take a night shift that still has a place open. */
    @Transactional
    public void askToTakeNight(SpaceId spaceId, ShiftId shiftId, AccountId personId) {
        var me = access.require(spaceId, FamilyPermission.PLAN_OWN_REST);
        var night = shifts.findByIdAndSpaceId(shiftId.value(), spaceId.value())
                .filter(shift -> !shift.isCancelled() && shift.getKind() == ShiftKind.NIGHT)
                .orElseThrow(() -> new ShiftProblem("That shift is no longer there."));
        if (!night.getEndsAt().isAfter(clock.instant())) {
            throw new ShiftProblem("This night is over.");
        }
        if (night.getTaken() >= night.getCapacity()) {
            throw new ShiftProblem("Someone has already taken this night.");
        }
        var person = peopleToAsk(spaceId).stream().filter(each -> each.accountId().equals(personId)).findFirst()
                .orElseThrow(() -> new ShiftProblem("Please choose someone from your circle who takes shifts."));
        var names = accounts.namesOf(List.of(me.accountId(), personId.value()));
        var asker = names.get(me.accountId());
        var asked = names.get(personId.value());
        if (asker == null || asked == null) {
            throw new ShiftProblem("Please choose someone from your circle who takes shifts.");
        }
        var day = NIGHT.format(night.getStartsAt().atZone(me.zone()));
        mail.record(Letter.of(MailKind.CHANGES, "night-ask", asked.email(), personId.value())
                .inFamily(families.space(spaceId).name())
                .with("asker", asker.displayName())
                .with("person", person.name())
                .with("night", day)
                .with("nightPath", ShiftNavigation.shiftPath(spaceId, ShiftId.of(night.getId())))
                .about("shift:" + night.getId())
                .checkedBy(NightStillOpen.PURPOSE, night.getId()));
    }
}
