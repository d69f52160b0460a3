package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diplomatic missions: "El Salvador has an embassy in Mexico City and consulates-general in Monterrey, Tapachula
 * and Veracruz City", "India has a Honorary Consulate in San Salvador", "the Ecuadorian embassy in London", and
 * accreditation from abroad: "South Africa is accredited to Afghanistan from its embassy in Islamabad, Pakistan".
 *
 * <p>Whose a mission is comes from the sentence's structure: a demonym or possessive on the noun ("the Chilean
 * embassy", "Mexico's embassy"), "the embassy of X", else the subject of the noun's clause ("its embassy" included).
 * Where it stands is the list of places after "in"; a city gives its country. When the owner cannot be told, there
 * is no fact.
 */
final class MissionExtractor implements FactExtractor {
    private static final Set<String> OPENING_VERBS = Set.of("set", "open", "opened", "establish", "established",
            "inaugurate", "inaugurated");
    /**
     * "general" after the noun, with a hyphen, an en dash or a space, and in either number: "consulates–general",
     * "consulates general", "consulate generals".
     */
    private static final java.util.regex.Pattern GENERAL_SUFFIX = java.util.regex.Pattern.compile(
            "(\\s?[-–]\\s?|\\s+)generals?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Set<String> QUANTITIES = Set.of("several", "many", "various", "numerous");
    /** Words that make the mission a plan, a wish or a past one rather than one that stands. */
    private static final Set<String> HEDGES = Set.of("plan", "propose", "intend", "would", "could", "should", "may",
            "might", "expect", "hope", "consider", "agree", "announce", "close", "closed", "shut", "withdraw");
    private static final Set<String> ACCREDITATION = Set.of("accredit", "accredited", "represent", "represented");
    /** "Honorary", and the "Honourary" some articles write. */
    private static final Set<String> HONORARY = Set.of("honorary", "honourary");

    /** One place a mission stands in: a known city or country, or a name the gazetteer lacks, with its country
     * when the sentence gives it ("Washington D.C., United States"). */
    /** A place a mission stands in; {@code end} is where its reading ends, the country after it included. */
    private record Place(Optional<Entity> entity, String name, Optional<Entity> country, int end) {
    }

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.contains("embass") || lowerCaseText.contains("consul")
                || lowerCaseText.contains("high commission");
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
        Optional<Entity> lastHost = Optional.empty();
        Optional<Entity> lastCityHost = Optional.empty();
        Optional<Entity> lastOwner = Optional.empty();
        List<Integer> triggers = triggers(s);
        for (int n = 0; n < triggers.size(); n++) {
            int i = triggers.get(n);
            int next = n + 1 < triggers.size() ? triggers.get(n + 1) : t.size();
            MissionKind kind = missionKind(t, i).orElseThrow();
            boolean either = i + 1 < t.size() && t.lowerToken(i + 1).equals("or")
                    || i > 0 && (t.lowerToken(i - 1).equals("or") || i > 1 && t.lowerToken(i - 2).equals("or"));
            if (s.negated(i) || s.clauseHas(i, HEDGES) || either || handledInThePast(s, i)
                    || pastMission(s, i, next)) {
                // "consulates or honorary consulates": which of the two the sentence does not say
                continue;
            }
            Optional<Entity> found = owner(s, i);
            if (found.isEmpty()) {
                continue;
            }
            Entity owner = found.get();
            // a mission's date is its opening ("set up its embassy in July 1981"), never a date of something else
            Optional<FactDate> opened = s.precededBy(i, 4, OPENING_VERBS) ? s.dateNear(i) : Optional.empty();
            java.util.regex.Matcher general = GENERAL_SUFFIX.matcher(s.text()).region(t.end(i), s.text().length());
            int after = general.lookingAt() ? general.end() : t.end(i);
            List<Place> places = places(s, after, clauseEnd(s, i));
            // "has an embassy in Addis Ababa since 1925": the date "since" gives right after the places
            Optional<FactDate> date = opened.isPresent() || places.isEmpty() ? opened
                    : since(s, places.get(places.size() - 1).end());
            if (places.isEmpty() && i > 0 && QUANTITIES.contains(t.lowerToken(i - 1))) {
                // "has several consulates-general scattered about the country": the country is the section's
                otherOfThePair(s, owner).ifPresent(host -> facts.putIfAbsent(
                        kind.label() + host.id(), mission(s, kind, owner, host, Optional.empty(), date)));
            }
            // "an embassy in Brasília and consulates-general in Manaus, São Paulo and Tabatinga": names the gazetteer
            // lacks stand in the country of their own list (its first place with one), where a name it lacks stands
            // in the country of the city of the owner's mission named just before ("an embassy in Moscow and two
            // honorary consulates in …"), else where the section's pair puts the owner's missions; failing all,
            // in the country of the owner's mission named just before
            boolean sameOwner = owner.equals(lastOwner.orElse(null));
            Optional<Entity> before = sameOwner ? lastHost : Optional.empty();
            Optional<Entity> unknownPlace = (sameOwner ? lastCityHost : Optional.<Entity>empty())
                    .or(() -> otherOfThePair(s, owner));
            // a country or territory named in the list itself ("… Vaasa and the Åland Islands") is a place of its
            // own, not theirs
            Optional<Place> placing = places.stream()
                    .filter(p -> p.country().isPresent() || !p.entity().map(Entity::isCountry).orElse(false))
                    .filter(p -> host(owner, s, p, unknownPlace).isPresent()).findFirst();
            Optional<Entity> listCountry = placing.flatMap(p -> host(owner, s, p, unknownPlace)).or(() -> before);
            for (Place place : places) {
                // "an embassy in Helsinki … and consulates in Lappeenranta and Mariehamn": a name the gazetteer
                // lacks, listed before the place that gives the list a country other than that of the owner's
                // mission just named, may be in either
                boolean eitherCountry = place.entity().isEmpty() && place.country().isEmpty() && placing.isPresent()
                        && places.indexOf(placing.get()) > places.indexOf(place) && before.isPresent()
                        && !before.equals(listCountry);
                Optional<Entity> host = eitherCountry ? Optional.empty() : host(owner, s, place, listCountry);
                if (host.isEmpty()) {
                    continue;
                }
                Optional<String> city = place.entity().map(e -> e.isCity() ? e.name() : null)
                        .or(() -> place.entity().isEmpty() ? Optional.of(place.name()) : Optional.empty());
                facts.putIfAbsent(kind.label() + host.get().id() + city.orElse(""),
                        mission(s, kind, owner, host.get(), city, date));
                lastHost = host;
                lastCityHost = place.entity().filter(Entity::isCity).isPresent() ? host : Optional.empty();
                lastOwner = Optional.of(owner);
                if ((kind == MissionKind.EMBASSY || kind == MissionKind.HIGH_COMMISSION) && place == places.get(0)) {
                    Optional<Entity> covered = accreditedTo(s, i, owner, host.get());
                    covered.ifPresent(c -> facts.putIfAbsent(
                            "accredited" + c.id(), accreditation(s, owner, c, kind, host.get(), city)));
                    // "… represented in Ireland through its embassy in London, and also has an honorary consulate
                    // in Rathdrum": a place the gazetteer lacks is in the country covered
                    if (covered.isPresent()) {
                        lastHost = covered;
                        lastCityHost = covered;
                    }
                }
            }
        }
        return List.copyOf(facts.values());
    }

    private static Fact mission(SentenceContext s, MissionKind kind, Entity owner, Entity host, Optional<String> city,
                                Optional<FactDate> date) {
        String where = city.map(c -> c + ", " + host.name()).orElse(host.name());
        return s.fact(kind, owner, host, city, date,
                kind.statement(owner.name(), host.name(), where) + date.map(d -> " (since " + d.text() + ")")
                        .orElse(""));
    }

    private static Fact accreditation(SentenceContext s, Entity owner, Entity covered, MissionKind from, Entity host,
                                      Optional<String> city) {
        String where = city.map(c -> c + ", " + host.name()).orElse(host.name());
        return s.fact(MissionKind.ACCREDITED, owner, covered, city, Optional.empty(),
                MissionKind.accreditation(owner.name(), covered.name(), from, where));
    }

    /**
     * "X is accredited to Y from its embassy in Z", "X is represented in Y by its embassy in Z", "the representation
     * of X in Y is handled by X's embassy in Z": the country
     * named just after the accreditation verb of the embassy's clause, when it is not where the embassy stands.
     */
    private static Optional<Entity> accreditedTo(SentenceContext s, int mission, Entity owner, Entity host) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(mission);
        // "… was handled by its embassy in Lusaka (1978–1980), and is handled by its embassy in Pretoria": a clause
        // going on without a subject of its own shares the first one's
        int from = clause.hasSubject() && clause.subjectStart() >= clause.start() ? clause.start() : 0;
        for (int j = from; j + 2 < mission; j++) {
            if (t.lowerToken(j).equals("representation") && t.lowerToken(j + 1).equals("of")) {
                // "The diplomatic representation of Romania in Cambodia is handled by the Romanian embassy in Hanoi"
                Optional<Mention> of = s.mentionStartingAt(t.start(j + 2)).filter(m -> m.entity().equals(owner));
                int in = of.map(m -> t.tokenFrom(m.end())).orElse(-1);
                if (in >= 0 && in + 1 < mission && t.lowerToken(in).equals("in")) {
                    return s.mentionStartingAt(t.start(in + 1)).map(Mention::entity).filter(Entity::isCountry)
                            .filter(c -> !c.equals(owner) && !c.equals(host));
                }
            }
            if (ACCREDITATION.contains(t.lowerToken(j))
                    && (t.lowerToken(j + 1).equals("to") || t.lowerToken(j + 1).equals("in"))) {
                int at = t.lowerToken(j + 2).equals("the") ? j + 3 : j + 2;
                return s.mentionStartingAt(t.start(at)).map(Mention::entity).filter(Entity::isCountry)
                        .filter(c -> !c.equals(owner) && !c.equals(host));
            }
        }
        return Optional.empty();
    }

    /**
     * A mission that no longer stands, or may not: "Romania had an embassy in Yangon, but it was closed", "the
     * embassy was opened in 1970 and closed in 1996", "There was a North Korean embassy in Ghana until …", "With
     * the closure of the Philippine Embassy in Caracas", "Turkey originally maintained an embassy in Mogadishu". The
     * words after the mission are read up to the next one, which keeps "Ireland is represented in Lesotho through
     * its embassy in Pretoria after closing its embassy in Maseru".
     */
    private static boolean pastMission(SentenceContext s, int mission, int nextMission) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(mission);
        for (int j = clause.start(); j < mission; j++) {
            if (PAST_BEFORE.contains(t.lowerToken(j)) || usedTo(t, j)) {
                return true;
            }
            // "had an embassy", "had its embassy": the past tense of having it, not "has had" nor "had opened"
            boolean had = t.lowerToken(j).equals("had") && (j == 0 || !HAVE.contains(t.lowerToken(j - 1)))
                    && java.util.stream.IntStream.range(j + 1, mission).noneMatch(k -> t.tag(k).startsWith("VB"));
            if (had && mission - j <= MAX_WORDS_AFTER_HAD) {
                return true;
            }
        }
        for (int j = mission + 1; j < nextMission; j++) {
            // "… through its embassy in Pretoria after closing its embassy in Maseru": the next mission's closing
            boolean ofTheNext = nextMission < t.size() && nextMission - j <= MAX_WORDS_AFTER_HAD;
            if (PAST_AFTER.contains(t.lowerToken(j)) && !ofTheNext) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nicaragua used to maintain an embassy in India": a habit of the past. Not the passive "was used to fund".
     * (The tagger gives "used" one tag either way, so a participle after a noun, "a building used to house the
     * embassy", reads as past too: rare before a mission, and the cost is silence, not a falsehood.)
     */
    private static boolean usedTo(AnalyzedSentence t, int j) {
        return t.lowerToken(j).equals("used") && j + 1 < t.size() && t.lowerToken(j + 1).equals("to")
                && (j == 0 || !ClauseReader.FORMS_OF_BE.contains(t.lowerToken(j - 1)));
    }

    /** "had its new embassy", "closing its embassy": at most this many words from the verb to the mission. */
    private static final int MAX_WORDS_AFTER_HAD = 4;
    private static final Set<String> HAVE = Set.of("has", "have", "having");
    private static final Set<String> PAST_BEFORE = Set.of("former", "formerly", "originally", "previously", "once",
            "closure", "until");
    private static final Set<String> PAST_AFTER = Set.of("closed", "closing", "closure", "shut", "until",
            "relocated", "moved");

    /** "… was handled by the Romanian embassy in Lusaka (between 1978–1980)": an arrangement of the past. */
    private static boolean handledInThePast(SentenceContext s, int mission) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(mission);
        for (int j = Math.max(clause.start(), 1); j < mission; j++) {
            if ((t.lowerToken(j - 1).equals("was") || t.lowerToken(j - 1).equals("were"))
                    && PAST_ARRANGEMENTS.contains(t.lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAST_ARRANGEMENTS = Set.of("handled", "represented", "accredited", "covered");

    private static Optional<MissionKind> missionKind(AnalyzedSentence t, int i) {
        String token = t.lowerToken(i);
        String rest = t.text().substring(t.end(i), Math.min(t.text().length(), t.end(i) + 10)).toLowerCase(Locale.ROOT);
        boolean general = token.contains("general") || rest.matches("^\\s?[-–]\\s?general.*")
                || i + 1 < t.size() && (t.lowerToken(i + 1).equals("general") || t.lowerToken(i + 1).equals("generals"))
                || i > 0 && t.lowerToken(i - 1).equals("general");
        if (token.startsWith("embass")) {
            return Optional.of(MissionKind.EMBASSY);
        }
        if (token.startsWith("commission") && i > 0 && t.lowerToken(i - 1).equals("high")) {
            return Optional.of(MissionKind.HIGH_COMMISSION);
        }
        if (!token.startsWith("consulate")) {
            return Optional.empty();
        }
        // "an honorary consulate general" is an honorary post, whatever its rank
        if (i > 0 && HONORARY.contains(t.lowerToken(i - 1))) {
            return Optional.of(MissionKind.HONORARY_CONSULATE);
        }
        if (general) {
            return Optional.of(MissionKind.CONSULATE_GENERAL);
        }
        return Optional.of(MissionKind.CONSULATE);
    }

    /**
     * Whose the mission is: a demonym or possessive on the noun ("the Ecuadorian embassy", "Mexico's honorary
     * consulate"), "the embassy of X", else the one country the subject of the noun's clause names.
     */
    private static Optional<Entity> owner(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String tag = t.tag(j);
            if (t.token(j).equals("'s") && j > 0) {
                return s.mentionAt(t.start(j - 1)).map(Mention::entity).filter(Entity::isCountry);
            }
            Optional<Mention> demonym = s.mentionAt(t.start(j)).filter(m -> m.form() == MentionForm.DEMONYM
                    && m.entity().isCountry());
            if (demonym.isPresent()) {
                return demonym.map(Mention::entity);
            }
            if (!(tag.equals("ADJ") || tag.equals("DET") || tag.equals("NUM") || tag.equals("PROPN")
                    || HONORARY.contains(t.lowerToken(j)))) {
                break;
            }
        }
        int of = i + 1;
        if (of + 1 < t.size() && t.lowerToken(of).equals("of")) {
            int at = t.lowerToken(of + 1).equals("the") && of + 2 < t.size() ? of + 2 : of + 1;
            Optional<Entity> named = s.mentionStartingAt(t.start(at)).map(Mention::entity).filter(Entity::isCountry);
            if (named.isPresent()) {
                return named;
            }
        }
        Clause clause = s.clauseOf(i);
        if (clause.relative()) {
            return Optional.empty();
        }
        List<Entity> subject = s.subjectCountries(clause);
        return subject.size() == 1 ? Optional.of(subject.get(0)) : Optional.empty();
    }

    /** The places listed after "in" that follows character offset {@code after}: "in Monterrey, Tapachula …". */
    private static List<Place> places(SentenceContext s, int after, int limit) {
        String text = s.text().substring(0, limit);
        List<Place> places = new ArrayList<>();
        // for each place read with a country after it, the place as it was read without
        List<Optional<Place>> pairedWith = new ArrayList<>();
        int pos = skip(text, Math.min(after, text.length()), "");
        if (pos < text.length() && text.charAt(pos) == '(' && startsWithWord(text, skip(text, pos + 1, ""), "in")) {
            // "2 honorary consulates (in Lviv and Odessa)": the list in brackets, which its closing bracket ends
            pos = skip(text, pos + 1, "");
        }
        if (!startsWithWord(text, pos, "in")) {
            return places;
        }
        pos = skip(text, pos + 2, "");
        while (pos < text.length()) {
            if (startsWithWord(text, pos, "the") && s.mentionStartingAt(skip(text, pos + 3, ""))
                    .filter(m -> m.entity().isCountry()).isPresent()) {
                // "… Japan, South Korea, and the United States"
                pos = skip(text, pos + 3, "");
            }
            Optional<Mention> mention = s.mentionStartingAt(pos);
            if (mention.filter(m -> m.form() == MentionForm.DEMONYM && beforeAName(text, m.end())).isPresent()) {
                // "in the British Kenya Colony", "and the Kyrgyz Embassy in Ankara": a demonym before a name
                // starts another thing than a place of the list ("the Seychellois capital" is the country's)
                break;
            }
            Place place;
            // "Benin City": a country's name that goes on with another capitalised word is a longer name's start
            boolean partOfAName = mention.filter(m -> m.entity().isCountry() && beforeAName(text, m.end())).isPresent();
            if (mention.isPresent() && !partOfAName
                    && (mention.get().entity().isCity() || mention.get().entity().isCountry())) {
                place = new Place(Optional.of(mention.get().entity()), mention.get().text(text), Optional.empty(),
                        mention.get().end());
            } else {
                if (text.regionMatches(true, pos, "embass", 0, 6) || text.regionMatches(true, pos, "consulate", 0, 9)) {
                    break;
                }
                int end = capitalisedRun(text, pos);
                if (end == pos || Dates.isMonth(text.substring(pos, end))) {
                    // "its embassy in June 1990 in Abu Dhabi": a month is no place
                    break;
                }
                place = new Place(Optional.empty(), text.substring(pos, end), Optional.empty(), end);
            }
            // "Washington D.C., United States", "Santa Cruz, Bolivia": the country after a city is its country
            Place bare = place;
            int comma = skip(text, place.end(), "");
            if (comma < text.length() && text.charAt(comma) == ',' && !place.entity().map(Entity::isCountry).orElse(false)) {
                // "Edinburgh, Gibraltar" lists two places: a known city's country is its own
                Optional<org.attache.gazetteer.EntityId> known = place.entity().flatMap(Entity::country);
                Optional<Mention> country = s.mentionStartingAt(skip(text, comma + 1, ""))
                        .filter(m -> m.entity().isCountry() && m.form() != MentionForm.DEMONYM)
                        .filter(m -> known.map(k -> k.equals(m.entity().id())).orElse(true));
                if (country.isPresent()) {
                    place = new Place(place.entity(), place.name(), Optional.of(country.get().entity()),
                            country.get().end());
                }
            }
            places.add(place);
            pairedWith.add(place.country().isPresent() ? Optional.of(bare) : Optional.empty());
            int next = skip(text, afterAside(text, skip(text, place.end(), "")), ",");
            if (startsWithWord(text, next, "and")) {
                next = skip(text, next + 3, "");
                if (startsWithWord(text, next, "in")) {
                    // "in Manaus, São Paulo and in Tabatinga"
                    next = skip(text, next + 2, "");
                }
            } else if (next == skip(text, place.end(), "")) {
                break;
            }
            pos = next;
        }
        return plainList(places, pairedWith);
    }

    /**
     * "consulates-general in Guangzhou, Hong Kong and Shanghai", "in Edinburgh, Gibraltar, Glasgow and Leeds": a
     * name read with the country after it is a list of two places when the next place has no country of its own;
     * in "Berlin, Germany and Paris, France", and at the end of a list, the country is the city's.
     */
    private static List<Place> plainList(List<Place> places, List<Optional<Place>> pairedWith) {
        List<Place> read = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            Place place = places.get(k);
            Optional<Place> bare = pairedWith.get(k);
            boolean nextHasNone = k + 1 < places.size() && places.get(k + 1).country().isEmpty();
            if (bare.isPresent() && nextHasNone) {
                read.add(bare.get());
                Entity country = place.country().orElseThrow();
                read.add(new Place(Optional.of(country), country.name(), Optional.empty(), place.end()));
            } else {
                read.add(place);
            }
        }
        return read;
    }

    /** True when a capitalised word follows this character, past spaces. */
    private static boolean beforeAName(String text, int pos) {
        int next = skip(text, pos, "");
        return next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /**
     * Past an aside in brackets after a place, if one opens here: "embassies in Belgium (taking care of Fiji's
     * relations with the entire European Union), China, Japan" goes on with China.
     */
    private static int afterAside(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) != '(') {
            return pos;
        }
        int close = text.indexOf(')', pos);
        return close < 0 ? pos : close + 1;
    }

    /** A date right after this character, introduced by "since": "… in Baku since 21 January 2000". */
    private static Optional<FactDate> since(SentenceContext s, int from) {
        java.util.regex.Matcher since = SINCE.matcher(s.text()).region(from, s.text().length());
        if (!since.lookingAt()) {
            return Optional.empty();
        }
        int at = since.end();
        return s.dates().stream().filter(d -> d.start() == at).findFirst().map(DateMention::date);
    }

    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("\\s*,?\\s*since\\s+");

    /** The character where the mission's clause ends: "… in Ankara | and Turkey has an embassy in Santiago". */
    private static int clauseEnd(SentenceContext s, int mission) {
        Clause clause = s.clauseOf(mission);
        return clause.end() < s.tokens().size() ? s.tokens().start(clause.end()) : s.text().length();
    }

    /**
     * The country a mission in this place stands in: the country itself, the country the sentence gives after the
     * place, a known city's country; for a name the gazetteer lacks, {@code unknownPlaceCountry}. Never the owner.
     */
    private static Optional<Entity> host(Entity owner, SentenceContext s, Place place,
                                         Optional<Entity> unknownPlaceCountry) {
        Optional<Entity> host;
        if (place.country().isPresent()) {
            host = place.country();
        } else if (place.entity().isPresent()) {
            Entity e = place.entity().get();
            host = e.isCountry() ? Optional.of(e) : e.country().flatMap(s::country);
        } else {
            host = unknownPlaceCountry;
        }
        return host.filter(h -> !h.equals(owner));
    }

    /**
     * Where the section's pair puts a mission of this owner: the section's country for the article's own, the
     * article's country for the section's. A third country's mission is in neither for certain ("Russia has
     * honorary consulates in Phuket" in a section on Thailand and the Soviet Union).
     */
    private static Optional<Entity> otherOfThePair(SentenceContext s, Entity owner) {
        Optional<Entity> section = s.sectionCountry();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        if (owner.equals(s.articleCountry())) {
            return section;
        }
        return owner.equals(section.get()) ? Optional.of(s.articleCountry()) : Optional.empty();
    }

    /** A run of capitalised words, initials included ("Santa Cruz de Tenerife" stops at "de"; "Washington D.C."). */
    private static int capitalisedRun(String text, int pos) {
        int end = pos;
        int i = pos;
        while (i < text.length() && Character.isUpperCase(text.charAt(i))) {
            int wordEnd = i;
            while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
                    || text.charAt(wordEnd) == '.' && isInitial(text, wordEnd))) {
                wordEnd++;
            }
            end = wordEnd;
            if (wordEnd < text.length() && text.charAt(wordEnd) == ' ' && wordEnd + 1 < text.length()
                    && Character.isUpperCase(text.charAt(wordEnd + 1))) {
                i = wordEnd + 1;
            } else if (particleBeforeName(text, wordEnd)) {
                // "Santa Cruz de Tenerife", "Rio de Janeiro"
                i = text.indexOf(' ', wordEnd + 1) + 1;
            } else {
                break;
            }
        }
        return end;
    }

    private static final Set<String> PARTICLES = Set.of("de", "del", "da", "do", "dos", "la", "el", "al");

    /** " de Tenerife": a lower-case particle, then a capitalised word, goes on with the place's name. */
    private static boolean particleBeforeName(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        int end = text.indexOf(' ', at + 1);
        return end > 0 && end + 1 < text.length() && PARTICLES.contains(text.substring(at + 1, end))
                && Character.isUpperCase(text.charAt(end + 1));
    }

    /** A period closing a single capital letter: the "." of "D.C.". */
    private static boolean isInitial(String text, int period) {
        return period > 0 && Character.isUpperCase(text.charAt(period - 1))
                && (period == 1 || !Character.isLetter(text.charAt(period - 2)));
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
