package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    static PublicAddress at(String url) {
        return new PublicAddress(new InvitationSettings(url, Duration.ofDays(7), 30, Duration.ofMinutes(10)));
    }

    @Test
    void withoutAPublicAddressTheStartWarnsOnceThatLinksWorkOnlyOnThisComputer(CapturedOutput output) {
        at("http://localhost:8080").warnWhenLinksWorkOnlyHere();

        assertThat(output.getAll().lines().filter(line -> line.contains("WARN")
                && line.contains("only this computer can open") && line.contains("VILLAGE_PUBLIC_URL"))).hasSize(1);
    }

    @Test
    void withAPublicAddressTheStartIsQuiet(CapturedOutput output) {
        at("https://village.example").warnWhenLinksWorkOnlyHere();

        assertThat(output.getAll()).doesNotContain("VILLAGE_PUBLIC_URL");
    }

    @Test
    void pagesOpenedAtThePublicAddressMatchItWithOrWithoutItsPort() {
        var address = at("https://village.example");
        assertThat(address.isReachedAt("village.example")).isTrue();
        assertThat(address.isReachedAt("Village.Example:443")).isTrue();
        assertThat(address.isReachedAt("village.example:8443")).isFalse();
        assertThat(address.isReachedAt("192.168.1.20:8080")).isFalse();
        assertThat(address.isReachedAt("localhost:8080")).isFalse();
    }

    @Test
    void theNamesOfThisComputerCountAsOne() {
        var address = at("http://localhost:8080");
        assertThat(address.isThisComputerOnly()).isTrue();
        assertThat(address.isReachedAt("127.0.0.1:8080")).isTrue();
        assertThat(address.isReachedAt("localhost:8080")).isTrue();
        assertThat(address.isReachedAt("192.168.1.20:8080")).isFalse();
        assertThat(address.isReachedAt("village.example")).isFalse();
    }
}
