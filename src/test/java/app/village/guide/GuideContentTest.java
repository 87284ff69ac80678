package app.village.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's pages as shipped in {@code seeds/guide}: each parses with its front matter, is within length,
 * renders without raw HTML, and every link between pages, from callouts and to Get help resolves.
 */
class GuideContentTest {

    static final Path SEEDS = Path.of("seeds", "guide");
    static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)");
    static final List<String> RENDERED_TAGS = List.of("p", "h2", "h3", "ul", "ol", "li", "a", "strong", "em",
            "code", "blockquote", "hr", "br");

    final GuideArticles guide = new GuideArticles();

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyFileIsAPageWithItsFrontMatterAndTheRequiredTopicsAreThere() throws IOException {
        assertThat(guide.all()).extracting(GuideArticle::slug)
                .containsExactlyInAnyOrderElementsOf(files().stream()
                        .map(file -> file.getFileName().toString().replace(".md", "")).toList())
                .contains("bonding-takes-time", "support-lowers-stress", "when-bonding-is-hard",
                        "small-daily-moments", "for-partners-and-relatives", "getting-help");
        assertThat(guide.all()).allSatisfy(article -> {
            assertThat(article.title()).as(article.slug()).isNotBlank();
            assertThat(article.summary()).as(article.slug()).isNotBlank().hasSizeLessThan(240);
            assertThat(article.source()).as(article.slug()).isEqualTo(GuideSource.BONDING_ARTICLE);
            assertThat(article.words()).as("%s: 300 to 900 words", article.slug()).isBetween(300, 900);
            assertThat(article.readingMinutes()).as(article.slug()).isBetween(2, 5);
        });
        assertThat(guide.all()).extracting(GuideArticle::order).doesNotHaveDuplicates();
    }

    @Test
    void noPageHoldsRawHtmlAndEachRendersOnlyMarkdownsOwnTags() throws IOException {
        for (var file : files()) {
            assertThat(TAG.matcher(Files.readString(file)).find()).as("raw HTML in %s", file).isFalse();
        }
        assertThat(guide.all()).allSatisfy(article -> {
            var tags = TAG.matcher(article.html()).results().map(match -> match.group(2).toLowerCase()).distinct();
            assertThat(tags).as(article.slug()).allMatch(RENDERED_TAGS::contains);
        });
    }

    @Test
    void rawHtmlAndScriptLinksInAPageAreShownAsTextNeverRun() {
        var article = GuideArticles.read("sneaky.md", """
                ---
                title: Sneaky
                slug: sneaky
                summary: A test page.
                audience: everyone
                source: bonding-article
                order: 99
                ---
                ## Hello

                <script>alert(1)</script> and <b onclick="x()">bold</b>

                [click](javascript:alert(1))
                """);

        assertThat(article.html()).doesNotContain("<script", "<b ", "javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onclick=&quot;x()&quot;&gt;");
    }

    @Test
    void aPageWithoutItsFrontMatterIsRefusedByName() {
        assertThatThrownBy(() -> GuideArticles.read("plain.md", "## Just text\n")).hasMessageContaining("plain.md");
        assertThatThrownBy(() -> GuideArticles.read("no-summary.md", """
                ---
                title: T
                slug: no-summary
                audience: everyone
                source: bonding-article
                order: 1
                ---
                Text
                """)).hasMessage("no-summary.md: the front matter has no summary");
        assertThatThrownBy(() -> GuideArticles.read("other-name.md", """
                ---
                title: T
                slug: a-slug
                summary: S
                audience: everyone
                source: bonding-article
                order: 1
                ---
                Text
                """)).hasMessage("other-name.md: the slug should match the file name");
    }

    @Test
    void everyLinkBetweenPagesAndToGetHelpResolves() {
        assertThat(guide.all()).allSatisfy(article -> assertThat(article.links()).as(article.slug())
                .allSatisfy(link -> assertResolves(article.slug(), link)));
        // The heart of the guide is linked from the others.
        assertThat(guide.all()).filteredOn(article -> article.links().stream()
                .anyMatch(link -> link.startsWith("guide/support-lowers-stress"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyCalloutLinksToASectionThatExists() {
        for (var callout : Callout.values()) {
            assertResolves(callout.name(), callout.path());
            assertThat(callout.text().split("[.!?](\\s|$)")).as("%s: one or two sentences", callout)
                    .hasSizeBetween(1, 2);
        }
    }

    void assertResolves(String from, String link) {
        if (link.startsWith("https://")) {
            return;
        }
        if (link.equals("help")) {
            return;
        }
        var slug = GuideArticles.slugOf(link);
        assertThat(slug).as("%s links to %s, which is neither a guide page nor Get help", from, link).isPresent();
        var target = guide.article(slug.get());
        assertThat(target).as("%s links to a missing page: %s", from, link).isPresent();
        var hash = link.indexOf('#');
        if (hash > 0) {
            assertThat(target.get().hasSection(link.substring(hash + 1)))
                    .as("%s links to a missing section: %s (sections: %s)", from, link, target.get().sections())
                    .isTrue();
        }
    }

    @Test
    void headingsGetIdsThatLinksCanName() {
        assertThat(GuideArticles.anchor("What a full night's sleep does")).isEqualTo("what-a-full-night-s-sleep-does");
        assertThat(GuideArticles.anchor("  It is fine to ask!  ")).isEqualTo("it-is-fine-to-ask");
        var heart = guide.article("support-lowers-stress").orElseThrow();
        assertThat(heart.sections()).extracting(GuideArticle.Section::id).contains("why-rest-matters",
                "what-a-full-night-s-sleep-does", "why-a-circle-helps", "it-is-fine-to-ask").doesNotHaveDuplicates();
        assertThat(heart.html()).contains("<h2 id=\"why-rest-matters\">Why rest matters</h2>");
        assertThat(guide.all()).allSatisfy(article -> assertThat(article.sections())
                .extracting(GuideArticle.Section::id).as(article.slug()).doesNotHaveDuplicates());
    }

    @Test
    void searchFindsPagesByEveryWordTitlesFirst() {
        assertThat(guide.search("night shift")).extracting(hit -> hit.article().slug())
                .contains("support-lowers-stress", "for-partners-and-relatives");
        assertThat(guide.search("NIGHT   Shift")).extracting(hit -> hit.article().slug())
                .containsExactlyElementsOf(guide.search("night shift").stream().map(hit -> hit.article().slug()).toList());
        assertThat(guide.search("support stress").getFirst().article().slug()).isEqualTo("support-lowers-stress");
        assertThat(guide.search("night shift").getFirst().snippet()).containsIgnoringCase("night");
        assertThat(guide.search("xylophone")).isEmpty();
        assertThat(guide.search("   ")).isEmpty();
    }

    @Test
    void relatedPagesAreThoseLinkedEitherWay() {
        var related = guide.related("support-lowers-stress");
        assertThat(related).extracting(GuideArticle::slug).contains("for-partners-and-relatives")
                .doesNotContain("support-lowers-stress").hasSizeBetween(1, 3);
        assertThat(guide.all()).allSatisfy(article -> assertThat(guide.related(article.slug())).as(article.slug())
                .isNotEmpty());
    }
}
