package app.village.account;

/**
 * How long one password check takes with Village's Argon2id settings: the cost of every login and of
 * every guess an attacker makes. A plain program, not a test; docs/performance.md says how to run it.
 */
public final class PasswordHashBenchmark {

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        var encoder = new PasswordHashing().passwordEncoder();
        var password = "a quiet night for everyone";
        var hash = encoder.encode(password);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            encoder.matches(password, hash);
        }
        int checks = 20;
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            if (!encoder.matches(password, hash)) {
                throw new IllegalStateException("the hash did not verify");
            }
        }
        double millis = (System.nanoTime() - start) / 1e6 / checks;
        System.out.printf("Argon2id (19 MiB, 2 iterations, 1 lane): %.1f ms per password check, mean of %d%n",
                millis, checks);
    }
}
