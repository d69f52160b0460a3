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
 * Memberships: "Ecuador is a founding member of the UN", "Both countries are members of the Organization of
 * American States", "Ecuador's membership in the OPEC", "an active participant in the Summit of the Americas".
 * The organisations are those named after the trigger, up to the next trigger or clause break.
 */
final class MembershipExtractor implements FactExtractor {
    private static final Set<String> TRIGGERS = Set.of("member", "membership", "participant", "participate", "join",
            "belong", "enter", "accede", "admit");
    /** Inflected forms the lemmatizer may leave as they are, to their lemma. */
    private static final java.util.Map<String, String> FORMS = java.util.Map.ofEntries(
            java.util.Map.entry("members", "member"), java.util.Map.entry("participates", "participate"),
            java.util.Map.entry("participated", "participate"), java.util.Map.entry("participants", "participant"),
            java.util.Map.entry("joined", "join"), java.util.Map.entry("joins", "join"),
            java.util.Map.entry("belongs", "belong"), java.util.Map.entry("belonged", "belong"),
            java.util.Map.entry("entered", "enter"), java.util.Map.entry("enters", "enter"),
            java.util.Map.entry("acceded", "accede"), java.util.Map.entry("accedes", "accede"),
            java.util.Map.entry("admitted", "admit"));
    /**
     * Verbs that tell a membership only with the body right after them ("entered NATO in 1952", "belongs to the
     * following international organizations: …", "was admitted to the Council of Europe"), never further on
     * ("entered into negotiations with the EU").
     */
    private static final Set<String> STRICT_TRIGGERS = Set.of("belong", "enter", "accede", "admit");
    /** What may stand between a strict trigger and its first body. */
    private static final java.util.regex.Pattern STRICT_LEAD = java.util.regex.Pattern.compile(
            "(?i)^\\s*((to|into)\\s+)?(the\\s+)?(following\\s+)?((international|regional|global|multilateral)\\s+)*"
                    + "((organi[sz]ations|bodies|groups|institutions)\\s*)?:?\\s*(the\\s+)?");
    /** Words that make the membership a wish, a bid or a half-way status. */
    private static final Set<String> HEDGES = Set.of("seek", "sought", "apply", "application", "candidate", "propose",
            "proposal", "urge",
            "aspire", "aspiration", "aim", "bid", "observe", "observing", "want", "hope", "support", "would", "plan", "future", "observer",
            "associate", "prospective", "negotiate", "suspend", "expel", "withdraw", "leave", "left", "former",
            "serve", "served", "non-permanent", "elect", "elected", "campaign", "campaigning", "lobby", "lobbying",
            "advocate", "advocating", "endorse", "oppose", "veto", "voter", "voters", "effort", "efforts");
    /** After the trigger, a seat held for a while: "a member of the UN Security Council for six terms". */
    private static final java.util.regex.Pattern FOR_TERMS = java.util.regex.Pattern.compile(
            "(?i)\\bfor\\s+(\\S+\\s+){0,2}terms?\\b");
    private static final Set<String> RESPECTIVELY = Set.of("respectively");
    /** "most members of the UN recognised …": other members, not the subject. */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "more", "some", "other", "all", "several", "few",
            "by", "fellow");

    /**
     * "Senegal … was a member of the UN Security Council in 1988–89": a membership told in the past tense is no
     * membership that stands ("was a founding member" tells how one began, and is read).
     */
    private static boolean wasAMember(AnalyzedSentence t, int trigger) {
        if (!lemma(t, trigger).startsWith("member")) {
            // "was admitted to the Council of Europe" tells how a membership began
            return false;
        }
        int before = trigger - 1;
        if (before >= 0 && (t.lowerToken(before).equals("a") || t.lowerToken(before).equals("an"))) {
            before--;
        }
        return before >= 0 && (t.lowerToken(before).equals("was") || t.lowerToken(before).equals("were"));
    }

    /**
     * "support for Turkey and Croatia joining the EU", "interest in becoming a full member", "from joining": a
     * joining told by its -ing form is an aim, a hope or a thing prevented; only after the fact ("after joining the
     * UN") is it one that happened.
     */
    private static boolean unfinishedJoining(AnalyzedSentence t, int trigger) {
        int verb = trigger;
        if (lemma(t, trigger).startsWith("member")) {
            // "becoming a full member of": the verb a few words before the noun
            verb = -1;
            for (int j = trigger - 1; j >= Math.max(0, trigger - 3) && verb < 0; j--) {
                verb = t.lowerToken(j).endsWith("ing") ? j : -1;
            }
            if (verb < 0) {
                return false;
            }
        }
        String word = t.lowerToken(verb);
        return JOINING.contains(word) && !(verb > 0 && JOINED_BEFORE.contains(t.lowerToken(verb - 1)));
    }

    /**
     * "Cyprus became a member of the Non-Aligned Movement and retained its membership until its entry into the
     * European Union": a membership the sentence says lasted until something is one that ended.
     */
    private static boolean endedLater(AnalyzedSentence t, int trigger) {
        for (int j = trigger + 1; j < t.size(); j++) {
            if (t.lowerToken(j).equals("until") || t.lowerToken(j).equals("till")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> JOINING = Set.of("joining", "becoming", "entering", "acceding", "belonging",
            "gaining");
    private static final Set<String> JOINED_BEFORE = Set.of("after", "since", "upon", "on");

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.contains("member") || lowerCaseText.contains("particip") || lowerCaseText.contains("join")
                || lowerCaseText.contains("belong") || lowerCaseText.contains("enter") || lowerCaseText.contains("acced")
                || lowerCaseText.contains("admit");
    }

    /** Every membership word of the sentence; each one's organisations run up to the next. */
    private static List<Integer> candidates(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if ((FORMS.containsKey(t.lowerToken(i)) || t.lemmaIn(i, TRIGGERS)) && !s.insideMention(i)) {
                triggers.add(i);
            }
        }
        return triggers;
    }

    @Override
    public List<Integer> triggers(SentenceContext s) {
        List<Integer> triggers = candidates(s);
        List<Integer> productive = new ArrayList<>();
        for (int n = 0; n < triggers.size(); n++) {
            if (!organisations(s, triggers, n).isEmpty()) {
                productive.add(triggers.get(n));
            }
        }
        return productive;
    }

    /**
     * The organisations named after trigger n, up to the next trigger or the end of its clause; for a participant
     * only the one named right after ("participates in the Summit of the Americas", not "in 16 projects of the
     * UN"). An organisation in the possessive qualifies what follows ("NATO's Partnership for Peace").
     */
    private static List<Entity> organisations(SentenceContext s, List<Integer> triggers, int n) {
        AnalyzedSentence t = s.tokens();
        int i = triggers.get(n);
        Clause clause = s.clauseOf(i);
        // "As a member of the European Union, Romania considers Kosovo a United Nations protectorate": a trigger in
        // the opening phrase reaches no further than the phrase
        int phraseEnd = i < clause.subjectStart() ? clause.subjectStart() : clause.end();
        int clauseEnd = phraseEnd < t.size() ? t.start(phraseEnd) : s.text().length();
        int limit = Math.min(clauseEnd, n + 1 < triggers.size() ? t.start(triggers.get(n + 1))
                : clauseEnd(s.text(), t.end(i)));
        MembershipKind kind = kind(t, i);
        int reach = kind == MembershipKind.PARTICIPANT && i + 3 < t.size() ? t.end(i + 3) : limit;
        List<Mention> bodies = s.mentions().stream()
                .filter(m -> m.start() >= t.end(i) && m.start() < Math.min(limit, reach))
                .filter(m -> !s.text().startsWith("'s", m.end()) && !s.text().startsWith("\u2019s", m.end())
                        && !startsAnotherName(s.text(), m.end()))
                .filter(m -> m.entity().isMembershipOrganisation()
                        || kind == MembershipKind.PARTICIPANT && m.entity().subkind().filter("summit"::equals).isPresent())
                .toList();
        if (STRICT_TRIGGERS.contains(lemma(t, i)) && (bodies.isEmpty()
                || !onlyNames(STRICT_LEAD.matcher(s.text().substring(t.end(i), bodies.get(0).start())).replaceFirst("")))) {
            // past the lead-in, only names the gazetteer lacks: "the following organizations: Arab Fund for …,"
            return List.of();
        }
        return listed(s, i, bodies).stream().map(Mention::entity).distinct()
                .limit(kind == MembershipKind.PARTICIPANT ? 1 : Long.MAX_VALUE).toList();
    }

    /** How near the trigger the first body stands: "member of the UN", "members of the \"Friends of …\"". */
    private static final int FIRST_BODY_WITHIN = 5;
    /**
     * What joins the bodies of a list: "the UN, the OAS (since 1948) and the AU", "the UN and some of its agencies
     * (i.e. UNCTAD, UNESCO), IMF".
     */
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "(?i)^[\\s,;)]*((and|as well as|&)\\s+)?[\\s,;(]*((i\\.e\\.|e\\.g\\.|including|such as),?\\s*)?(the\\s+)?$");

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "for", "in", "on", "a", "an", "as",
            "well", "to", "de", "its", "both");
    /** "the UN and several of its specialized agencies, the OAS …": a body's own agencies, listed with it. */
    private static final java.util.regex.Pattern AGENCIES = java.util.regex.Pattern.compile(
            "(?i)\\b((several|many|most|all|some)\\s+of\\s+)?its\\s+(\\w+\\s+){0,3}(agencies|organs|bodies)\\b");
    /** "… of many regional groups, including": the words that lead into a list of bodies. */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile(
            "(?i)^\\s*(of|in|to)\\s+(the\\s+following\\s+)?((many|various|several|numerous|other|some)\\s+)?"
                    + "((international|regional|global|multilateral)\\s+)*"
                    + "(organi[sz]ations|bodies|groups|forums|institutions|blocs)?[,:]?\\s*"
                    + "(including|such as|like|notably|among them)?");

    /** "…, the Organization for Security and Cooperation in Europe, NATO's Partnership for Peace, …": bodies the
     * gazetteer lacks, named between the ones it knows. */
    private static boolean onlyNames(String gap) {
        for (String word : gap.split("[^\\p{L}'\u2019-]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !FUNCTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bodies the trigger lists: the first within a few words of it, and those joined to it by commas and
     * "and" ("a member of the UN, the OAS and the AU"); a body further on belongs to another phrase ("… played a
     * role in the UN-moderated accords").
     */
    private static List<Mention> listed(SentenceContext s, int i, List<Mention> bodies) {
        AnalyzedSentence t = s.tokens();
        List<Mention> listed = new ArrayList<>();
        for (Mention m : bodies) {
            if (listed.isEmpty()) {
                int at = t.tokenFrom(m.start());
                String lead = s.text().substring(Math.min(t.end(i), m.start()), m.start());
                if (at < 0 || at - i > FIRST_BODY_WITHIN && !onlyNames(LEAD_IN.matcher(lead).replaceFirst(""))) {
                    return List.of();
                }
                listed.add(m);
                continue;
            }
            Mention last = listed.get(listed.size() - 1);
            // "… agencies (i.e. UNCTAD, UNESCO)": the names inside an aside, without its "i.e."
            String gap = AGENCIES.matcher(s.text().substring(last.end(), Math.max(last.end(), m.start()))
                    .replaceAll("\\([^)]*\\)", " ").replaceAll("(?i)\\b(i\\.e\\.|e\\.g\\.)", " ")).replaceAll(" ");
            if (!LIST_GAP.matcher(gap).matches() && !onlyNames(gap)) {
                break;
            }
            listed.add(m);
        }
        // "… the OAS (observer)": a body the country only watches or waits on is no membership
        return listed.stream().filter(m -> !PARTIAL_STATUS.matcher(s.text().substring(m.end())).lookingAt())
                .filter(m -> !qualifiesANoun(t, m)).toList();
    }

    /**
     * Nouns after a body's name that speak of something else than the body: its agencies, its operations, a
     * coalition it backed ("joined the UN coalition"). "The Partnership for Peace program" is still the body.
     */
    private static final Set<String> OTHER_THINGS = Set.of("system", "agency", "agencies", "organization",
            "organizations", "organisation", "organisations", "body", "bodies", "family", "peacekeeping",
            "peacekeepers", "mission", "missions", "operation", "operations", "coalition", "force", "forces",
            "troops", "resolution", "resolutions", "sanctions", "summit", "summits", "observer", "observers");

    /**
     * "a member of numerous UN system organizations", "participated in United Nations peacekeeping": the body's
     * name only qualifies the common noun after it, which is what is joined or taken part in.
     */
    private static boolean qualifiesANoun(AnalyzedSentence t, Mention body) {
        int next = t.tokenFrom(body.end());
        return next >= 0 && next < t.size() && t.start(next) <= body.end() + 1
                && Character.isLowerCase(t.token(next).charAt(0)) && OTHER_THINGS.contains(t.lowerToken(next));
    }

    private static final java.util.regex.Pattern PARTIAL_STATUS = java.util.regex.Pattern.compile(
            "(?i)\\s*(\\([^)]*\\)\\s*)?\\((observer|associate|candidate|suspended|applicant|partner)");

    @Override
    public List<Fact> extract(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        List<Integer> triggers = candidates(s);
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int n = 0; n < triggers.size(); n++) {
            int i = triggers.get(n);
            List<Entity> organisations = organisations(s, triggers, n);
            if (organisations.isEmpty() || s.negated(i) || s.clauseHas(i, HEDGES) || forTerms(s, i)
                    || insideBrackets(t, i)
                    || i > 0 && QUANTIFIERS.contains(t.lowerToken(i - 1)) || theMembers(t, i)
                    || objectOfPreposition(t, i) || i > 0 && t.lowerToken(i - 1).equals("to") || wasAMember(t, i)
                    || unfinishedJoining(t, i) || endedLater(t, i)
                    || i > 0 && s.mentionAt(t.start(i - 1))
                    .filter(m -> !m.entity().isCountry() && m.end() == t.end(i - 1)).isPresent()) {
                // "relations with a member state of the EU", "UN Security Council members": other members
                continue;
            }
            MembershipKind kind = kind(t, i);
            // a date dates the one organisation joined; with several it may be any one's ("since 2009")
            Optional<FactDate> date = organisations.size() == 1 ? s.dateNear(i) : Optional.empty();
            List<Entity> members = members(s, i);
            boolean respectively = s.clauseHasAfter(i, RESPECTIVELY);
            if (respectively && members.size() != organisations.size()) {
                // "… of the EU and ASEAN, respectively" with members that do not pair off: who is in which is lost
                continue;
            }
            for (int m = 0; m < members.size(); m++) {
                Entity member = members.get(m);
                // "Germany and Indonesia, as the largest members of the European Union and ASEAN, respectively":
                // the first with the first, the second with the second
                List<Entity> bodies = respectively ? List.of(organisations.get(m)) : organisations;
                for (Entity organisation : bodies) {
                    facts.putIfAbsent(member.id().value() + organisation.id().value(), s.fact(kind, member,
                            organisation, Optional.empty(), date,
                            kind.statement(member.name(), organisation.name()) + Dates.suffix(date)));
                }
            }
        }
        return List.copyOf(facts.values());
    }

    private static boolean forTerms(SentenceContext s, int trigger) {
        Clause clause = s.clauseOf(trigger);
        int end = clause.end() < s.tokens().size() ? s.tokens().start(clause.end()) : s.text().length();
        return FOR_TERMS.matcher(s.text().substring(s.tokens().end(trigger), end)).find();
    }

    private static boolean possessiveInSubject(SentenceContext s, Clause clause, Entity country) {
        return s.countriesBetween(clause.subjectStart(), clause.subjectEnd(), true).stream()
                .anyMatch(m -> m.entity().equals(country) && (s.text().startsWith("'s", m.end())
                        || s.text().startsWith("\u2019s", m.end())));
    }

    /** "the ASEAN Regional Forum", "the UN Security Council": the organisation's name begins another one. */
    private static boolean startsAnotherName(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && !text.startsWith(" and", end);
    }

    /** "ties with the member states of ASEAN", "the members of the UN": the body's members, not the subject. */
    private static boolean theMembers(AnalyzedSentence t, int i) {
        boolean the = i > 0 && (t.lowerToken(i - 1).equals("the") || t.lowerToken(i - 1).equals("its")
                || t.lowerToken(i - 1).equals("their"));
        boolean group = i + 1 < t.size() && Set.of("states", "countries", "nations").contains(t.lowerToken(i + 1))
                || t.lowerToken(i).equals("members");
        return the && group;
    }

    /**
     * "a special relationship with a member state of the EU": the word stands after a preposition (other than
     * "as": "As a member of the EU, Romania …"), so names someone other than the clause's subject.
     */
    private static boolean objectOfPreposition(AnalyzedSentence t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.tag(j).equals("DET") || t.tag(j).equals("ADJ") || t.tag(j).equals("NUM"))) {
            j--;
        }
        return j >= 0 && t.tag(j).equals("ADP") && !t.lowerToken(j).equals("as");
    }

    /** "EU (member since 1 May 2004)": a trigger in brackets speaks of what stands before them. */
    private static boolean insideBrackets(AnalyzedSentence t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (t.token(j).equals(")")) {
                return false;
            }
            if (t.token(j).equals("(")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(AnalyzedSentence t, int i) {
        return FORMS.getOrDefault(t.lowerToken(i), t.lemma(i));
    }

    private static MembershipKind kind(AnalyzedSentence t, int i) {
        String lemma = lemma(t, i);
        if (lemma.equals("participant") || lemma.equals("participate")) {
            return MembershipKind.PARTICIPANT;
        }
        if (i > 0 && t.lowerToken(i - 1).equals("founding")) {
            return MembershipKind.FOUNDING_MEMBER;
        }
        return MembershipKind.MEMBER;
    }

    /**
     * Who is a member: "X's membership"; else the countries the clause's subject names ("Chile and Peru are
     * members", "As a member of the EU, Romania …"); "both countries" under a country's section, the article's
     * and that one; otherwise the article's own country ("It joined the UN", "Membership in organisations includes").
     */
    private static List<Entity> members(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        if (i > 0) {
            // "Ecuador's membership", "Laotian membership": the country named on the word is the member
            Optional<Mention> possessor = s.mentionAt(t.start(i - 1)).filter(m -> m.entity().isCountry()
                    && (s.text().startsWith("'s", m.end()) || s.text().startsWith("\u2019s", m.end())
                    || m.form() == MentionForm.DEMONYM && m.end() == t.end(i - 1)));
            if (possessor.isPresent()) {
                return List.of(possessor.get().entity());
            }
        }
        Clause clause = s.clauseOf(i);
        // "Tanzania's first president, Julius Nyerere, was one of the founding members": the president is
        List<Entity> subject = clause.relative() ? List.of() : s.subjectCountries(clause).stream()
                .filter(c -> !possessiveInSubject(s, clause, c)).toList();
        if (!subject.isEmpty()) {
            return subject;
        }
        if (s.countriesBetween(clause.subjectStart(), clause.subjectEnd(), true).stream()
                .anyMatch(m -> s.text().startsWith("'s", m.end()))) {
            return List.of();
        }
        if (s.subjectIsThePair(clause) && s.sectionCountry().isPresent()) {
            return List.of(s.articleCountry(), s.sectionCountry().get());
        }
        boolean aGovernment = clause.subjectEnd() > clause.subjectStart()
                && STATE_HEADS.contains(t.lowerToken(clause.subjectEnd() - 1));
        for (int j = clause.subjectStart(); j + 1 < clause.subjectEnd() && !aGovernment; j++) {
            if (t.tag(j).equals("PROPN") && !s.insideMention(j) && t.tag(j + 1).equals("PROPN")
                    && !s.insideMention(j + 1)) {
                // "…, Julius Nyerere also was one of the founding members": someone the subject names by full
                // name is the member, not the article's country
                return List.of();
            }
        }
        return List.of(s.articleCountry());
    }

    /** Heads of a subject that stand for the state, whoever it is named after: "the Babangida regime". */
    private static final Set<String> STATE_HEADS = Set.of("government", "regime", "administration", "state",
            "republic", "kingdom", "parliament", "cabinet");

    private static int clauseEnd(String text, int from) {
        int semicolon = text.indexOf(';', from);
        return semicolon < 0 ? text.length() : semicolon;
    }
}
