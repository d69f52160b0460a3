package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diplomatic missions: "El Salvador has an embassy in Mexico City and consulates-general in Monterrey, Tapachula
 * and Veracruz City", "India has a Honorary Consulate in San Salvador", "the Ecuadorian embassy in London".
 *
 * <p>For each mission noun: whose it is (a demonym just before it, else the nearest country named before it that
 * is not already a mission's location), and where (the list of places after "in"; a city gives its country).
 */
final class MissionExtractor implements FactExtractor {
    private static final Set<String> OPENING_VERBS = Set.of("set", "open", "opened", "establish", "established",
            "inaugurate", "inaugurated");
    private static final Set<String> QUANTITIES = Set.of("several", "many", "various", "numerous");

    /** One place a mission stands in: a known city or country, or a capitalised name the gazetteer lacks. */
    private record Place(Optional<Entity> entity, String name, int end) {
    }

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.contains("embass") || lowerCaseText.contains("consul");
    }

    @Override
    public List<Integer> triggers(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (missionKind(t, i).isPresent() && !s.insideMention(i)) {
                triggers.add(i);
            }
        }
        return triggers;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<Mention> locations = new ArrayList<>();
        Optional<Entity> previousOwner = Optional.empty();
        for (int i : triggers(s)) {
            Optional<MissionKind> kind = missionKind(t, i);
            // a mission's date is its opening ("set up its embassy in July 1981"), never a date of something else
            Optional<FactDate> date = s.precededBy(i, 4, OPENING_VERBS) ? s.dateNear(i) : Optional.empty();
            int after = t.end(i) + (s.text().regionMatches(true, t.end(i), "-general", 0, 8) ? 8 : 0);
            Optional<Entity> found = owner(s, i, locations);
            Optional<Entity> owner = found.isPresent() ? found : previousOwner;
            if (owner.isEmpty()) {
                continue;
            }
            previousOwner = owner;
            List<Place> places = places(s, after, locations);
            if (places.isEmpty() && i > 0 && QUANTITIES.contains(t.lowerToken(i - 1))) {
                // "has several consulates-general scattered about the country": the country is the section's
                s.sectionCountry().filter(c -> !c.equals(owner.get())).ifPresent(host -> facts.putIfAbsent(
                        kind.get().label() + host.id(), mission(s, kind.get(), owner.get(), host, Optional.empty(),
                                date)));
            }
            for (Place place : places) {
                host(s, owner.get(), place).ifPresent(host -> {
                    Optional<String> city = place.entity().map(e -> e.isCity() ? e.name() : null)
                            .or(() -> place.entity().isEmpty() ? Optional.of(place.name()) : Optional.empty());
                    facts.putIfAbsent(kind.get().label() + host.id() + city.orElse(""),
                            mission(s, kind.get(), owner.get(), host, city, date));
                });
            }
        }
        return List.copyOf(facts.values());
    }

    private static Fact mission(SentenceContext s, MissionKind kind, Entity owner, Entity host, Optional<String> city,
                                Optional<FactDate> date) {
        String where = city.map(c -> c + ", " + host.name()).orElse(host.name());
        return s.fact(kind, owner, host, city, date,
                kind.statement(owner.name(), where) + date.map(d -> " (since " + d.text() + ")")
                        .orElse(""));
    }

    private static Optional<MissionKind> missionKind(AnalyzedSentence t, int i) {
        String token = t.lowerToken(i);
        boolean general = token.contains("general") || t.text().regionMatches(true, t.end(i), "-general", 0, 8)
                || t.text().regionMatches(true, t.end(i), " -general", 0, 9);
        if (token.startsWith("embass")) {
            return Optional.of(MissionKind.EMBASSY);
        }
        if (!token.startsWith("consulate")) {
            return Optional.empty();
        }
        if (general) {
            return Optional.of(MissionKind.CONSULATE_GENERAL);
        }
        if (i > 0 && t.lowerToken(i - 1).equals("honorary")) {
            return Optional.of(MissionKind.HONORARY_CONSULATE);
        }
        return Optional.of(MissionKind.CONSULATE);
    }

    /** A demonym just before the noun ("Ecuadorian embassy"), else the nearest country named before it. */
    private static Optional<Entity> owner(SentenceContext s, int i, List<Mention> locations) {
        AnalyzedSentence t = s.tokens();
        int from = i >= 3 ? t.start(i - 3) : 0;
        Optional<Entity> demonym = s.mentions().stream()
                .filter(m -> m.form() == MentionForm.DEMONYM && m.entity().isCountry())
                .filter(m -> m.start() >= from && m.end() <= t.start(i))
                .map(Mention::entity).reduce((a, b) -> b);
        if (demonym.isPresent()) {
            return demonym;
        }
        return s.countriesNamed().stream()
                .filter(m -> m.end() <= t.start(i) && !locations.contains(m))
                .map(Mention::entity).reduce((a, b) -> b);
    }

    /** The places listed after "in" that follows character offset {@code after}: "in Monterrey, Tapachula …". */
    private static List<Place> places(SentenceContext s, int after, List<Mention> locations) {
        String text = s.text();
        List<Place> places = new ArrayList<>();
        int pos = skip(text, Math.min(after, text.length()), "");
        if (!startsWithWord(text, pos, "in")) {
            return places;
        }
        pos = skip(text, pos + 2, "");
        while (pos < text.length()) {
            Optional<Mention> mention = s.mentionStartingAt(pos);
            Place place;
            if (mention.isPresent() && (mention.get().entity().isCity() || mention.get().entity().isCountry())) {
                locations.add(mention.get());
                place = new Place(Optional.of(mention.get().entity()), mention.get().text(text), mention.get().end());
            } else {
                if (text.regionMatches(true, pos, "embass", 0, 6) || text.regionMatches(true, pos, "consulate", 0, 9)) {
                    break;
                }
                int end = capitalisedRun(text, pos);
                if (end == pos) {
                    break;
                }
                place = new Place(Optional.empty(), text.substring(pos, end), end);
            }
            places.add(place);
            int next = skip(text, place.end(), ",");
            if (startsWithWord(text, next, "and")) {
                next = skip(text, next + 3, "");
            } else if (next == skip(text, place.end(), "")) {
                break;
            }
            pos = next;
        }
        return places;
    }

    /** Where a mission in this place is hosted: a city's country, the country itself, or for an unknown name the
     * party that is not the owner. */
    private static Optional<Entity> host(SentenceContext s, Entity owner, Place place) {
        Optional<Entity> host;
        if (place.entity().isPresent()) {
            Entity e = place.entity().get();
            host = e.isCountry() ? Optional.of(e) : e.country().flatMap(s::country);
        } else {
            host = owner.equals(s.articleCountry()) ? s.sectionCountry() : Optional.of(s.articleCountry());
        }
        return host.filter(h -> !h.equals(owner));
    }

    private static int capitalisedRun(String text, int pos) {
        int end = pos;
        int i = pos;
        while (i < text.length() && Character.isUpperCase(text.charAt(i))) {
            int wordEnd = i;
            while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            end = wordEnd;
            if (wordEnd < text.length() && text.charAt(wordEnd) == ' ' && wordEnd + 1 < text.length()
                    && Character.isUpperCase(text.charAt(wordEnd + 1))) {
                i = wordEnd + 1;
            } else {
                break;
            }
        }
        return end;
    }

    private static int skip(String text, int pos, String also) {
        while (pos < text.length() && (text.charAt(pos) == ' ' || also.indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        return pos;
    }

    private static boolean startsWithWord(String text, int pos, String word) {
        return text.regionMatches(true, pos, word, 0, word.length())
                && (pos + word.length() == text.length() || !Character.isLetter(text.charAt(pos + word.length())));
    }

}
