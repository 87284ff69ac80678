package app.village.family;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import java.util.UUID;

/** Builds families for service tests through the public services, the way people would. */
public class FamilyTestData {

    public static final String PASSWORD = "a quiet night for everyone";

    private final AccountService accounts;
    private final FamilyService families;
    private final InvitationService invitations;

    public FamilyTestData(AccountService accounts, FamilyService families, InvitationService invitations) {
        this.accounts = accounts;
        this.families = families;
        this.invitations = invitations;
    }

    public VillageUser person(String name) {
        var email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@village.example";
        return new VillageUser(accounts.register(new Registration(email, name, PASSWORD)), name);
    }

    /** A space owned by {@code owner}; leaves the owner signed in. */
    public SpaceId spaceOf(VillageUser owner, String name) {
        SignedIn.as(owner.accountId(), owner.displayName());
        return families.createSpace(SpaceForm.named(name, "Europe/Helsinki"));
    }

    /** Invites and joins {@code who} with the role; leaves {@code who} signed in. */
    public void join(VillageUser owner, SpaceId spaceId, VillageUser who, FamilyRole role) {
        SignedIn.as(owner.accountId(), owner.displayName());
        var link = invitations.invite(spaceId, new InvitationForm(who.displayName(), "relative", role, null, "")).link();
        SignedIn.as(who.accountId(), who.displayName());
        invitations.accept(tokenOf(link), "test-" + UUID.randomUUID());
    }

    public static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
