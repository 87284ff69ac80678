package app.village.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void aNewTokenIs43UrlSafeCharactersAndLooksValid() {
        var token = SecretTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(SecretTokens.looksValid(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 1000; i++) {
            assertThat(seen.add(SecretTokens.newToken())).isTrue();
        }
    }

    @Test
    void theHashIsTheHexSha256AndNotTheToken() {
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        var token = SecretTokens.newToken();
        assertThat(SecretTokens.hash(token)).isEqualTo(SecretTokens.hash(token)).doesNotContain(token);
    }

    @Test
    void somethingThatIsNotOneOfOurTokensIsNotLookedUp() {
        assertThat(SecretTokens.looksValid("")).isFalse();
        assertThat(SecretTokens.looksValid("short")).isFalse();
        assertThat(SecretTokens.looksValid("a".repeat(42) + "/")).isFalse();
        assertThat(SecretTokens.looksValid("a".repeat(42) + "é")).isFalse();
        assertThat(SecretTokens.looksValid("a".repeat(44))).isFalse();
        assertThat(SecretTokens.looksValid("a".repeat(43))).isTrue();
    }
}
