package app.village.guide;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a guide page draws its facts and ideas from, and the credit it shows. The words are always Village's
 * own; the credit says whose ideas they build on.
 */
public enum GuideSource {

    BONDING_ARTICLE("bonding-article",
            "Drawn from the ideas in \"How To Bond With Your Baby If It Doesn't Come Naturally\" by Barbara "
                    + "Mighdoll, expert reviewed by Dr. Jen Jordan, MD, of Bloom After Baby (New Modern Mom), and "
                    + "written in Village's own words.");

    private final String id;
    private final String credit;

    GuideSource(String id, String credit) {
        this.id = id;
        this.credit = credit;
    }

    public String credit() {
        return credit;
    }

    static Optional<GuideSource> byId(String id) {
        return Arrays.stream(values()).filter(source -> source.id.equals(id)).findFirst();
    }
}
