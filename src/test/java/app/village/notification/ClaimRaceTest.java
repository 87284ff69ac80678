package app.village.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The claim itself: of two workers racing for one message, the one that waited for the other's lock loses. */
@IntegrationTest
class ClaimRaceTest {

    @Autowired MailOutbox mailOutbox;
    @Autowired OutgoingEmailRepository outbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;

    @Test
    void aWorkerThatWaitedForAnotherWorkersClaimFindsTheMessageTaken() throws Exception {
        var address = "race-" + UUID.randomUUID() + "@family.example";
        transactions.executeWithoutResult(status -> mailOutbox.record(TestLetters.letter(address, "Ana", "Body")));
        var id = outbox.findByToAddress(address).getFirst().getId();
        var now = clock.instant();
        var until = now.plus(Duration.ofMinutes(10));
        var firstHoldsItsLock = new CountDownLatch(1);

        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> transactions.execute(status -> {
                var claimed = outbox.claim(id, UUID.randomUUID(), now, until);
                firstHoldsItsLock.countDown();
                sleep(Duration.ofMillis(500)); // the second worker's update now waits for this row
                return claimed;
            }));
            firstHoldsItsLock.await(10, TimeUnit.SECONDS);
            var second = threads.submit(() -> transactions.execute(
                    status -> outbox.claim(id, UUID.randomUUID(), now, until)));

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
