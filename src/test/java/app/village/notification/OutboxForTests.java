package app.village.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What tests read of the outbox: the letters recorded for an address, and the secret one would carry when sent. */
@Component
public class OutboxForTests {

    private final OutgoingEmailRepository outbox;
    private final SecretSeeds seeds;
    private final List<SecretMinter> minters;

    OutboxForTests(OutgoingEmailRepository outbox, SecretSeeds seeds, List<SecretMinter> minters) {
        this.outbox = outbox;
        this.seeds = seeds;
        this.minters = minters;
    }

    /** The letters recorded for this address, oldest first, sent or not. */
    @Transactional(readOnly = true)
    public List<Letter> lettersTo(String toAddress) {
        return outbox.findByToAddressOrderByCreatedAt(toAddress).stream()
                .map(OutgoingEmail::toLetter)
                .filter(Objects::nonNull)
                .toList();
    }

    /** A recorded letter and where it stands. */
    public record Row(Letter letter, @Nullable Instant heldSince, @Nullable Instant sentAt,
            @Nullable Instant withdrawnAt) {
    }

    /** The letters recorded for this address with where each stands, oldest first. */
    @Transactional(readOnly = true)
    public List<Row> rowsTo(String toAddress) {
        return outbox.findByToAddressOrderByCreatedAt(toAddress).stream()
                .filter(email -> email.toLetter() != null)
                .map(email -> new Row(Objects.requireNonNull(email.toLetter()), email.getHeldSince(),
                        email.getSentAt(), email.getWithdrawnAt()))
                .toList();
    }

    /** How many messages were recorded for this address, sent or not. */
    @Transactional(readOnly = true)
    public int waitingFor(String toAddress) {
        return outbox.findByToAddress(toAddress).size();
    }

    /**
     * The secret the newest letter to this address carries, minted as sending it would (its hash stored, so it
     * works): for tests of an application without a mail server. Empty when its subject can no longer be used.
     */
    public Optional<String> secretOfNewestTo(String toAddress) {
        var newest = outbox.findByToAddressOrderByCreatedAt(toAddress).getLast();
        var letter = Objects.requireNonNull(newest.toLetter());
        var secret = Objects.requireNonNull(letter.secret(), "the newest letter carries no secret");
        return minters.stream().filter(minter -> minter.purpose().equals(secret.purpose())).findFirst().orElseThrow()
                .mint(secret.subjectId(), seeds.of(newest.getId(), secret));
    }
}
