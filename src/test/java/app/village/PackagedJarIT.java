package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as an operator would: {@code java -jar} on an empty data folder creates the schema,
 * and a restart keeps the accounts.
 */
class PackagedJarIT {

    static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    @TempDir Path work;

    @Test
    void theJarStartsOnAnEmptyDataFolderAndARestartKeepsTheAccounts() throws Exception {
        var dataDir = work.resolve("data");
        assertThat(dataDir).doesNotExist();

        try (var first = RunningJar.start(work.resolve("first.log"), dataDir)) {
            assertThat(first.log()).containsPattern("Successfully applied \\d+ migrations? to schema").contains("Demo family loaded");
            assertThat(first.logInAs("maya@village.example", "village-demo-2026")).isTrue();
            assertThat(first.logInAs("maya@village.example", "not the right password")).isFalse();
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("village"));

        try (var second = RunningJar.start(work.resolve("second.log"), dataDir)) {
            assertThat(second.log()).contains("Demo data not loaded: the database already has accounts")
                    .doesNotContain("Migrating schema");
            assertThat(second.logInAs("maya@village.example", "village-demo-2026")).isTrue();
        }
    }

    /** One {@code java -jar} process on a free port, stopped on close. */
    record RunningJar(Process process, Path logFile, int port) implements AutoCloseable {

        static RunningJar start(Path logFile, Path dataDir) throws Exception {
            var java = ProcessHandle.current().info().command().orElse("java");
            int port = freePort();
            // The README's start line, heap limit included (docs/decisions/heap-limit.md)
            var command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", findJar().toString(),
                    "--server.port=" + port, "--village.data-dir=" + dataDir));
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            var jar = new RunningJar(process, logFile, port);
            jar.awaitStarted();
            return jar;
        }

        static Path findJar() throws IOException {
            try (var files = Files.list(Path.of("target"))) {
                return files.filter(p -> p.getFileName().toString().matches("village-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("Run `./mvnw package` first"));
            }
        }

        static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        void awaitStarted() throws Exception {
            var deadline = Instant.now().plus(STARTUP_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The jar stopped during startup:\n" + log());
                }
                // The demo loader runs right after startup and logs either way.
                if (log().contains("Started VillageApplication") && log().contains("Demo ")) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("The jar did not start within " + STARTUP_LIMIT + ":\n" + log());
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        /** Posts the login form as a browser would; true when it lands anywhere but the error page. */
        boolean logInAs(String email, String password) throws Exception {
            var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            var base = "http://localhost:" + port;
            http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
            var form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            var location = response.headers().firstValue("Location").orElse("");
            assertThat(location).as("login answers with the start page or the error page")
                    .isIn("/", "/login?error");
            return location.equals("/");
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
