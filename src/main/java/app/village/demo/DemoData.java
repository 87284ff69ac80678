package app.village.demo;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.security.VillageUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo family from {@code seeds/demo/family.json} into an empty database, through the
 * features' own services and as the people themselves, so demo data obeys the same rules as real data.
 * Only in the default profile (no profile active), and only while {@code village.demo-data.enabled}: never in
 * production profiles or in tests unless asked.
 */
@Component
@Profile("default")
@ConditionalOnProperty(name = "village.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SEED = "/seeds/demo/family.json";

    private final AccountService accountService;
    private final FamilyService familyService;
    private final InvitationService invitationService;
    private final Clock clock;

    DemoData(AccountService accountService, FamilyService familyService, InvitationService invitationService,
            Clock clock) {
        this.accountService = accountService;
        this.familyService = familyService;
        this.invitationService = invitationService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountService.hasAnyAccount()) {
            log.info("Demo data not loaded: the database already has accounts");
            return;
        }
        var family = read();
        var people = new HashMap<String, VillageUser>();
        family.people().forEach(person -> people.put(person.email(), new VillageUser(
                accountService.register(new Registration(person.email(), person.displayName(), family.password())),
                person.displayName())));
        try {
            loadSpace(family.space(), people);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo family loaded. Log in at /login with any of these emails and the password {}:", family.password());
        family.people().forEach(person -> log.info("  {}  ({}, {})", person.email(), person.displayName(), person.about()));
    }

    private void loadSpace(DemoSpace demo, Map<String, VillageUser> people) {
        actAs(people.get(demo.owner()));
        var born = LocalDate.now(clock.withZone(ZoneId.of(demo.timeZone()))).minusDays(demo.babyBornDaysAgo());
        var spaceId = familyService.createSpace(new SpaceForm(demo.name(), demo.babyName(), born, true, demo.timeZone(),
                demo.dietNotes(), demo.dropOffNotes(), demo.quietHours(), demo.address(), false));
        for (var member : demo.members()) {
            var person = Objects.requireNonNull(people.get(member.email()), member.email());
            actAs(people.get(demo.owner()));
            var link = invitationService.invite(spaceId,
                    new InvitationForm(person.displayName(), member.relationship(), member.role(), null, "")).link();
            actAs(person);
            invitationService.accept(link.substring(link.lastIndexOf('/') + 1), "demo-data");
        }
    }

    /** The services act for the signed-in person; the demo loader signs each person in for her own steps. */
    private static void actAs(VillageUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    static DemoFamily read() {
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream(SEED), SEED + " is missing")) {
            return JsonMapper.builder().build().readValue(in, DemoFamily.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record DemoFamily(String password, List<Person> people, DemoSpace space) {
    }

    record Person(String email, String displayName, String about) {
    }

    record DemoSpace(String name, String owner, String babyName, int babyBornDaysAgo, String timeZone,
            String dietNotes, String dropOffNotes, String quietHours, String address, List<DemoMember> members) {
    }

    record DemoMember(String email, FamilyRole role, String relationship) {
    }
}
