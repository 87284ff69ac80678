package app.village.guide;

/** A guide page that matches a search, with a few words around the first match in its text. */
public record SearchHit(GuideArticle article, String snippet) {
}
