package app.village.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every guide sentence is Village's own: no run of {@value #RUN} consecutive words of the source article
 * appears in any guide page or callout, compared without case or punctuation. The article is not part of the
 * project; the test reads it from {@code ../shared/source/bonding-article.txt} (or {@code VILLAGE_GUIDE_SOURCE})
 * and says so when it isn't there and the check is skipped.
 */
class OwnWordsTest {

    static final int RUN = 8;

    static Path source() {
        var configured = System.getenv("VILLAGE_GUIDE_SOURCE");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "shared", "source", "bonding-article.txt");
    }

    /** Lower case, letters and digits only: "Doesn't," and "doesnt" are the same word. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (var word : text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    static Set<String> runs(List<String> words) {
        var runs = new HashSet<String>();
        for (var i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    @Test
    void noRunOfEightWordsOfTheSourceArticleIsInTheGuide() throws IOException {
        var source = source();
        Assumptions.assumeTrue(Files.isReadable(source),
                () -> "Skipped: the source article is not at " + source.toAbsolutePath().normalize()
                        + ", so the guide's words can't be compared with it here.");
        var sourceRuns = runs(words(Files.readString(source)));
        assertThat(sourceRuns).as("the source article was read").hasSizeGreaterThan(1000);

        var texts = new ArrayList<String[]>();
        try (var files = Files.list(GuideContentTest.SEEDS)) {
            for (var file : files.toList()) {
                texts.add(new String[] {file.toString(), Files.readString(file)});
            }
        }
        for (var callout : Callout.values()) {
            texts.add(new String[] {"callout " + callout, callout.text() + " " + callout.linkText()});
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(6 + Callout.values().length);
        for (var text : texts) {
            var shared = runs(words(text[1])).stream().filter(sourceRuns::contains).sorted().toList();
            assertThat(shared).as("%s repeats the source article word for word", text[0]).isEmpty();
        }
    }

    @Test
    void theComparisonIgnoresCaseAndPunctuationAndCatchesACopiedSentence() {
        var source = runs(words("It's common, and normal, for the bond to grow slowly over the first months."));
        var copied = runs(words("Remember: its COMMON and normal -- for the bond to grow slowly over time"));
        var ownWords = runs(words("Many parents find that closeness builds week by week, and that is fine."));

        assertThat(copied.stream().filter(source::contains)).isNotEmpty();
        assertThat(ownWords.stream().filter(source::contains)).isEmpty();
    }
}
