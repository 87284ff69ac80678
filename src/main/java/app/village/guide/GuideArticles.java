package app.village.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The guide's pages, read once at start-up from {@code seeds/guide/*.md}. Each file starts with a small front
 * matter (title, slug, summary, audience, source, order) and is Markdown; raw HTML in it is shown as text,
 * never run. The guide is public: nothing here depends on who is reading.
 * <p>Decisions: docs/decisions/guide-pages-are-files.md, docs/decisions/guide-search.md.
 */
@Service
public class GuideArticles {

    private static final String LOCATION = "classpath*:seeds/guide/*.md";
    private static final List<String> FRONT_MATTER = List.of("title", "slug", "summary", "audience", "source", "order");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SNIPPET_WORDS = 12;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final List<GuideArticle> articles;
    private final Map<String, GuideArticle> bySlug = new LinkedHashMap<>();
    /** Each page's title, summary and text as lower-case words, each after a space: what search looks in. */
    private final Map<String, String> searchable = new LinkedHashMap<>();

    GuideArticles() {
        this(LOCATION);
    }

    GuideArticles(String location) {
        var loaded = new ArrayList<GuideArticle>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
                loaded.add(read(String.valueOf(file.getFilename()),
                        file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.sort(Comparator.comparingInt(GuideArticle::order).thenComparing(GuideArticle::slug));
        this.articles = List.copyOf(loaded);
        for (var article : articles) {
            bySlug.put(article.slug(), article);
            searchable.put(article.slug(), " " + String.join(" ",
                    words(article.title() + " " + article.summary() + " " + article.plainText())));
        }
    }

    /** Every page, in reading order. */
    public List<GuideArticle> all() {
        return articles;
    }

    public Optional<GuideArticle> article(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * Pages whose title, summary or text holds every word of the query (in any case, in any order), those
     * with the words in the title first.
     */
    public List<SearchHit> search(String query) {
        var words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        for (var article : articles) {
            var haystack = searchable.get(article.slug());
            // At the start of a word, so "sleep" also finds "sleeping", and "eat" doesn't find "treat".
            if (words.stream().allMatch(word -> haystack.contains(" " + word))) {
                hits.add(new SearchHit(article, snippet(article.plainText(), words.getFirst())));
            }
        }
        hits.sort(Comparator.comparing((SearchHit hit) -> !words(hit.article().title()).containsAll(words)));
        return hits;
    }

    /** Pages this one links to (in the order it mentions them), then pages that link to it; at most three. */
    public List<GuideArticle> related(String slug) {
        var found = new LinkedHashSet<GuideArticle>();
        article(slug).ifPresent(here -> here.links().stream()
                .flatMap(link -> slugOf(link).flatMap(this::article).stream())
                .forEach(found::add));
        for (var article : articles) {
            if (article.links().stream().anyMatch(link -> slugOf(link).filter(slug::equals).isPresent())) {
                found.add(article);
            }
        }
        found.removeIf(article -> article.slug().equals(slug));
        return found.stream().limit(3).toList();
    }

    /** The guide page a link points to, if it points into the guide. */
    public static Optional<String> slugOf(String link) {
        var prefix = GuidePaths.INDEX + "/";
        if (!link.startsWith(prefix)) {
            return Optional.empty();
        }
        var rest = link.substring(prefix.length());
        var hash = rest.indexOf('#');
        return Optional.of(hash < 0 ? rest : rest.substring(0, hash));
    }

    // --- Reading a file -----------------------------------------------------------------------------------

    static GuideArticle read(String fileName, String content) {
        var text = content.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new IllegalStateException(fileName + ": the guide page must start with its front matter (---)");
        }
        var end = text.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalStateException(fileName + ": the front matter has no closing ---");
        }
        var front = new LinkedHashMap<String, String>();
        for (var line : text.substring(4, end).split("\n")) {
            var colon = line.indexOf(':');
            if (colon > 0) {
                front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        for (var key : FRONT_MATTER) {
            if (front.getOrDefault(key, "").isBlank()) {
                throw new IllegalStateException(fileName + ": the front matter has no " + key);
            }
        }
        var slug = front.get("slug");
        if (!fileName.equals(slug + ".md")) {
            throw new IllegalStateException(fileName + ": the slug should match the file name");
        }
        var audience = GuideArticle.Audience.valueOf(front.get("audience").toUpperCase(Locale.ROOT));
        var source = GuideSource.byId(front.get("source"))
                .orElseThrow(() -> new IllegalStateException(fileName + ": unknown source " + front.get("source")));
        var body = text.substring(end + 5);
        var document = Parser.builder().build().parse(body);
        var sections = new ArrayList<GuideArticle.Section>();
        var links = new ArrayList<String>();
        var plain = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    var title = textOf(heading);
                    sections.add(new GuideArticle.Section(anchor(title), title));
                }
                visitChildren(heading);
                plain.append(' ');
            }

            @Override
            public void visit(Link link) {
                links.add(href(link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Text node) {
                plain.append(node.getLiteral());
            }

            @Override
            public void visit(Code code) {
                plain.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                plain.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                plain.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                visitChildren(paragraph);
                plain.append(' ');
            }
        });
        var html = HtmlRenderer.builder()
                .escapeHtml(true) // raw HTML in a page shows as text
                .sanitizeUrls(true) // no javascript: links
                .attributeProviderFactory(context -> new GuideAttributes())
                .build()
                .render(document);
        var plainText = plain.toString().replaceAll("\\s+", " ").strip();
        return new GuideArticle(slug, front.get("title"), front.get("summary"), audience, source,
                Integer.parseInt(front.get("order")), html, List.copyOf(sections), plainText,
                words(plainText).size(), List.copyOf(links));
    }

    /** Ids for headings, and links that work from any page of the app. */
    private static final class GuideAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                attributes.put("id", anchor(textOf(heading)));
            } else if (node instanceof Link link) {
                var href = href(link.getDestination());
                attributes.put("href", href);
                if (href.startsWith("http")) {
                    attributes.put("rel", "noopener noreferrer");
                } else if (!href.startsWith("#") && !href.startsWith("tel:") && !href.startsWith("sms:")) {
                    attributes.put("router-link", ""); // the app's router follows it without a reload
                }
            }
        }
    }

    /**
     * A link as the page renders it: {@code other-slug#section} becomes {@code guide/other-slug#section},
     * {@code /help} becomes {@code help} (paths relative to the app, as the router expects).
     */
    static String href(String destination) {
        if (destination.startsWith("http://") || destination.startsWith("https://") || destination.startsWith("#")
                || destination.startsWith("tel:") || destination.startsWith("sms:")) {
            return destination;
        }
        if (SCHEME.matcher(destination).find()) {
            return "#"; // javascript:, data: and the like go nowhere
        }
        if (destination.startsWith("/")) {
            return destination.substring(1);
        }
        return GuidePaths.INDEX + "/" + destination;
    }

    /** A heading's id: lower case, every run of other characters one dash ("What a full night's sleep does" → what-a-full-night-s-sleep-does). */
    public static String anchor(String heading) {
        var id = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return id.replaceAll("^-+|-+$", "");
    }

    private static String textOf(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    static List<String> words(String text) {
        return NOT_A_WORD.splitAsStream(text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
                .filter(word -> !word.isBlank()).toList();
    }

    private static String snippet(String text, String word) {
        var all = text.split(" ");
        var at = 0;
        for (var i = 0; i < all.length; i++) {
            if (String.join(" ", words(all[i])).startsWith(word)) {
                at = i;
                break;
            }
        }
        var from = Math.max(0, at - SNIPPET_WORDS / 2);
        var to = Math.min(all.length, from + SNIPPET_WORDS);
        return (from > 0 ? "… " : "") + String.join(" ", java.util.Arrays.copyOfRange(all, from, to))
                + (to < all.length ? " …" : "");
    }
}
