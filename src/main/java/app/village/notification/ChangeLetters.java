package app.village.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Changes to things I'm on", one edit at a time, for the shift and task features. During an edit the feature
 * notes each change for each person on the changed things; at its end each of them gets one letter, recorded in
 * the edit's transaction, unless she made the edit herself or turned changes off. One change is told in its own
 * letter; several (a repeating shift or task changed from now on) are listed in one letter, at most
 * {@link #MAX_LINES} lines and "…and N more". Each letter is checked again at sending (the feature says how: she
 * must still be in the family). Decision: docs/decisions/one-letter-per-edit.md.
 */
@Component
public class ChangeLetters {

    /** A letter listing changes stays short: the rest are counted. */
    public static final int MAX_LINES = 10;

    private final MailOutbox mail;
    private final MailPreferencesService preferences;

    ChangeLetters(MailOutbox mail, MailPreferencesService preferences) {
        this.mail = mail;
        this.preferences = preferences;
    }

    /**
     * One change for one person.
     *
     * @param template its own letter, when it is the only change for her
     * @param values that letter's values besides {@code name}, {@code changer} and {@code path}; {@code title}
     *     names the thing in a letter that lists several
     * @param path the thing's page, for its own letter's button
     * @param about what its own letter concerns (see {@link Letter#about})
     * @param line how a letter that lists several changes tells this one ("• Sun, Mar 29 at 7:00 PM: cancelled")
     */
    public record Change(String template, Map<String, String> values, String path, String about, String line) {
    }

    /** Where her letter goes and how she is greeted. */
    public record Person(String email, String displayName) {
    }

    /**
     * How several changes are told: {@code template} with the values {@code name}, {@code changer}, {@code title}
     * (of the first change), {@code path} and {@code lines}.
     */
    public record Listing(String template, String path) {
    }

    /** The letters of one edit by {@code changer}; {@code check} is asked at sending time of each letter. */
    public Edit edit(UUID changer, Letter.CheckRef check) {
        return new Edit(changer, check);
    }

    /** The changes of one edit, per person; nothing is recorded before {@link #send}. */
    public final class Edit {

        private final UUID changer;
        private final Letter.CheckRef check;
        private final Map<UUID, List<Change>> changesOf = new LinkedHashMap<>();
        private final Map<UUID, Boolean> wantsChanges = new HashMap<>();

        private Edit(UUID changer, Letter.CheckRef check) {
            this.changer = changer;
            this.check = check;
        }

        public UUID changer() {
            return changer;
        }

        /** A change for {@code accountId}; none for whoever made the edit, nor for someone who turned changes off. */
        public void note(UUID accountId, Change change) {
            if (accountId.equals(changer) || !wantsChanges.computeIfAbsent(accountId,
                    id -> preferences.of(id).wants(MailKind.CHANGES, false))) {
                return;
            }
            changesOf.computeIfAbsent(accountId, id -> new ArrayList<>()).add(change);
        }

        /** Who gets a letter, so the feature reads their names and addresses in one go. */
        public Set<UUID> people() {
            return Set.copyOf(changesOf.keySet());
        }

        /**
         * Records one letter per person, in the caller's transaction. {@code people} holds everyone of
         * {@link #people()} (someone missing, such as an account deleted meanwhile, gets none) and {@code changerName}
         * names whoever made the edit.
         */
        public void send(Map<UUID, Person> people, String changerName, String family, Listing listing) {
            changesOf.forEach((accountId, changes) -> {
                var to = people.get(accountId);
                if (to != null) {
                    mail.record(letter(accountId, to, changes, changerName, listing)
                            .inFamily(family)
                            .checkedBy(check.purpose(), check.subjectId()));
                }
            });
            changesOf.clear();
        }

        private static Letter letter(UUID accountId, Person to, List<Change> changes, String changerName,
                Listing listing) {
            var first = changes.getFirst();
            var letter = Letter.of(MailKind.CHANGES, changes.size() == 1 ? first.template() : listing.template(),
                    to.email(), accountId)
                    .with("name", to.displayName())
                    .with("changer", changerName)
                    .about(first.about());
            if (changes.size() == 1) {
                for (var value : first.values().entrySet()) {
                    letter = letter.with(value.getKey(), value.getValue());
                }
                return letter.with("path", first.path());
            }
            return letter.with("title", first.values().getOrDefault("title", ""))
                    .with("path", listing.path())
                    .with("lines", lines(changes));
        }

        private static String lines(List<Change> changes) {
            var shown = changes.stream().limit(MAX_LINES).map(Change::line).collect(Collectors.joining("\n"));
            var more = changes.size() - MAX_LINES;
            return more > 0 ? shown + "\n• …and " + more + " more" : shown;
        }
    }
}
