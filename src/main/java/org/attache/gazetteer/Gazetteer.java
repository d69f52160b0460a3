package org.attache.gazetteer;

import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds countries, organisations, cities and regions named in text, by any of their names, abbreviations or
 * demonyms. The longest name wins where names overlap ("People's Republic of China" over "Republic of China",
 * "Mexico City" over "Mexico"). Names match regardless of case and accents; abbreviations (and short demonyms)
 * match only with their own capitals, so "CAN" (Andean Community) is never the verb "can".
 */
public final class Gazetteer {
    /** One way of writing an entity's name. */
    record Form(String surface, Entity entity, MentionForm form, boolean caseSensitive) {
    }

    private final Map<EntityId, Entity> byId;
    /** Forms by their first word (folded, lower case), longest first. */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    /** Abbreviations by their lower-case spelling, for people who type "opec" or "sica". */
    private final Map<String, Form> abbreviations = new HashMap<>();
    /** Forms that match in any case, lower-cased, by length: the candidates for a misspelt name. */
    private final Map<Integer, List<Form>> caselessByLength = new HashMap<>();
    /** Damerau-Levenshtein: a transposition is one edit. */
    private final LuceneLevenshteinDistance levenshtein = new LuceneLevenshteinDistance();
    private static final int LETTERS_PER_EDIT = 5;
    /** Country names and abbreviations by their letters alone ("czechrepublic"), as written, for spaceless titles. */
    private final Map<String, Form> countriesByLetters = new HashMap<>();
    private final int longestLetters;

    private final Map<EntityId, WorldRegion> regions;

    Gazetteer(Collection<Entity> entities, Collection<Form> forms, Map<EntityId, WorldRegion> regions) {
        this.regions = Map.copyOf(regions);
        Map<EntityId, Entity> ids = new LinkedHashMap<>();
        entities.forEach(e -> ids.put(e.id(), e));
        this.byId = ids;
        for (Form form : forms) {
            String folded = fold(form.surface());
            Form indexed = new Form(folded, form.entity(), form.form(), form.caseSensitive());
            byFirstWord.computeIfAbsent(firstWord(folded).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(indexed);
            if (form.form() == MentionForm.ABBREVIATION) {
                abbreviations.putIfAbsent(folded.toLowerCase(Locale.ROOT), form);
            }
            if (!form.caseSensitive()) {
                String lower = folded.toLowerCase(Locale.ROOT);
                caselessByLength.computeIfAbsent(lower.length(), k -> new ArrayList<>())
                        .add(new Form(lower, form.entity(), form.form(), false));
            }
        }
        byFirstWord.values().forEach(list -> list.sort(
                Comparator.comparingInt((Form f) -> f.surface().length()).reversed()));
        Map<String, Form> byLetters = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Form form : forms) {
            if (form.entity().isCountry() && form.form() != MentionForm.DEMONYM) {
                String letters = letters(form.surface());
                Form known = byLetters.putIfAbsent(letters, form);
                if (known != null && !known.entity().equals(form.entity())) {
                    ambiguous.add(letters);
                }
            }
        }
        ambiguous.forEach(byLetters::remove);
        countriesByLetters.putAll(byLetters);
        longestLetters = byLetters.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** A country name found at the start of a text written without spaces, and how it is written with them. */
    public record SpacelessName(Entity country, String surface, int end) {
    }

    /**
     * The countries whose name (or abbreviation, never a demonym) a text written without spaces begins with, the
     * longest first: "Nigeria…" gives Nigeria, then Niger. Case, accents and marks are ignored; {@code end} is where
     * the name ends in the text. Which one is meant is for the caller to judge by what follows.
     */
    public List<SpacelessName> countriesAtStartOfSpaceless(String text) {
        String folded = fold(text);
        StringBuilder letters = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < folded.length() && letters.length() < longestLetters; i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
                positions.add(i);
            }
        }
        List<SpacelessName> found = new ArrayList<>();
        for (int length = letters.length(); length > 0; length--) {
            Form form = countriesByLetters.get(letters.substring(0, length));
            if (form != null) {
                found.add(new SpacelessName(form.entity(), form.surface(), positions.get(length - 1) + 1));
            }
        }
        return found;
    }

    private static String letters(String name) {
        StringBuilder letters = new StringBuilder();
        for (char c : fold(name).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString();
    }

    /** Every entity named in the text, left to right, none overlapping. */
    public List<Mention> find(String text) {
        String folded = fold(text);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!isWordStart(folded, i)) {
                i++;
                continue;
            }
            Optional<Mention> mention = longestAt(folded, i).map(found -> longerOverlapping(folded, found));
            if (mention.isPresent()) {
                mentions.add(mention.get());
                i = mention.get().end();
            } else {
                i++;
            }
        }
        return mentions;
    }

    /**
     * The mention, or a longer one starting inside it and running past its end: "the Commonwealth of Independent
     * States" is not "the Commonwealth" followed by other words.
     */
    private Mention longerOverlapping(String folded, Mention found) {
        for (int j = found.start() + 1; j < found.end(); j++) {
            if (isWordStart(folded, j)) {
                Optional<Mention> inside = longestAt(folded, j);
                if (inside.isPresent() && inside.get().end() > found.end()
                        && inside.get().end() - inside.get().start() > found.end() - found.start()) {
                    return inside.get();
                }
            }
        }
        return found;
    }

    /** The part of the world a regional organisation's members come from; empty for any other entity. */
    public Optional<WorldRegion> region(EntityId organisation) {
        return Optional.ofNullable(regions.get(organisation));
    }

    /**
     * The entity an abbreviation typed in any case stands for ("opec"). For questions, not articles: in running
     * text a lower-case "can" is a verb; the caller keeps ordinary words out.
     */
    public Optional<Mention> abbreviation(String word) {
        Form form = abbreviations.get(fold(word).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(form).map(f -> new Mention(f.entity(), 0, word.length(), f.form()));
    }

    /**
     * The entity a misspelt name most likely stands for ("el salvdor", "mexcio", "ecaudor"): the known name nearest
     * in edits (a swap of two letters counts one), with one edit allowed per five letters, and the first letter
     * right: people mistype inside a name, and ordinary words ("normal", "general") sit two edits from countries.
     * Two entities equally near is no answer.
     */
    public Optional<Mention> closest(String phrase) {
        String lower = fold(phrase).toLowerCase(Locale.ROOT);
        int allowed = lower.length() / LETTERS_PER_EDIT;
        if (allowed == 0 || lower.isEmpty()) {
            return Optional.empty();
        }
        Form best = null;
        int bestEdits = allowed + 1;
        boolean tied = false;
        for (int length = lower.length() - allowed; length <= lower.length() + allowed; length++) {
            for (Form form : caselessByLength.getOrDefault(length, List.of())) {
                if (form.surface().charAt(0) != lower.charAt(0)) {
                    continue;
                }
                int edits = Math.round((1 - levenshtein.getDistance(lower, form.surface()))
                        * Math.max(lower.length(), form.surface().length()));
                if (edits < bestEdits) {
                    best = form;
                    bestEdits = edits;
                    tied = false;
                } else if (edits == bestEdits && best != null && !form.entity().equals(best.entity())) {
                    tied = true;
                }
            }
        }
        // "nigera" is as near Niger as Nigeria: a guess either way, so none
        return tied ? Optional.empty()
                : Optional.ofNullable(best).map(f -> new Mention(f.entity(), 0, phrase.length(), f.form()));
    }

    /** The entity a whole name stands for ("Republic of Korea", "ecuador", "PRC"), if any. */
    public Optional<Entity> resolve(String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        List<Mention> mentions = find(trimmed);
        return mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == trimmed.length()
                ? Optional.of(mentions.get(0).entity()) : Optional.empty();
    }

    /** The country a name stands for, or the first country it names ("Republic of China (Taiwan)"). */
    public Optional<Entity> country(String name) {
        return resolve(name).filter(Entity::isCountry)
                .or(() -> find(name).stream().map(Mention::entity).filter(Entity::isCountry).findFirst());
    }

    /** Every entity of a kind, in the order they were loaded. */
    public List<Entity> entitiesOf(EntityKind kind) {
        return byId.values().stream().filter(e -> e.kind() == kind).toList();
    }

    public Optional<Entity> byId(EntityId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The display name of an entity; its id where the gazetteer does not know it (a fact read with another one). */
    public String name(EntityId id) {
        Entity entity = byId.get(id);
        return entity == null ? id.value() : entity.name();
    }

    /** "US$15 million", "NZ$2 billion": a currency, not the country. */
    private static boolean isCurrency(String text, int end) {
        return end < text.length() && text.charAt(end) == '$';
    }

    /** Nouns after a country's name that make the name part of a place's: "the Jordan River", "Niger Delta". */
    private static final java.util.Set<String> GEOGRAPHIC_NOUNS = java.util.Set.of("River", "Valley", "Delta",
            "Basin", "Sea", "Gulf", "Strait", "Lake", "Mountains", "Desert", "Peninsula", "Canal", "Bay");

    /** A country's name followed by a capitalised geographic noun names the river or sea, not the country. */
    private static boolean isGeographicName(String text, int end, Form form) {
        if (form.form() == MentionForm.DEMONYM || !form.entity().isCountry() || end + 1 >= text.length()
                || text.charAt(end) != ' ') {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return GEOGRAPHIC_NOUNS.contains(text.substring(end + 1, wordEnd));
    }

    private Optional<Mention> longestAt(String text, int at) {
        List<Form> candidates = byFirstWord.get(firstWord(text.substring(at)).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Form form : candidates) {
            int end = at + form.surface().length();
            if (end <= text.length()
                    && text.regionMatches(!form.caseSensitive(), at, form.surface(), 0, form.surface().length())
                    && isWordEnd(text, end) && !isCurrency(text, end) && !isGeographicName(text, end, form)) {
                return Optional.of(new Mention(form.entity(), at, end, form.form()));
            }
        }
        return Optional.empty();
    }

    private static boolean isWordStart(String text, int at) {
        return Character.isLetterOrDigit(text.charAt(at)) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    private static boolean isWordEnd(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }

    /**
     * Removes accents character by character, so offsets in the folded text are offsets in the original, and
     * makes typographic apostrophes plain.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                out.append('\'');
            } else if (c < 0x80) {
                out.append(c);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(Character.isLetter(decomposed.charAt(0)) ? decomposed.charAt(0) : c);
            }
        }
        return out.toString();
    }
}
