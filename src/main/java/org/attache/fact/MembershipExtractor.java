package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
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
    private static final Set<String> TRIGGERS = Set.of("member", "membership", "participant", "participate", "join");
    /** Inflected forms the lemmatizer may leave as they are, to their lemma. */
    private static final java.util.Map<String, String> FORMS = java.util.Map.of("members", "member",
            "participates", "participate", "participated", "participate", "participants", "participant",
            "joined", "join", "joins", "join");
    private static final Set<String> BOTH = Set.of("both", "two");

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.contains("member") || lowerCaseText.contains("particip") || lowerCaseText.contains("join");
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

    /** The organisations named after trigger n, up to the next trigger or the end of its clause. */
    private static List<Entity> organisations(SentenceContext s, List<Integer> triggers, int n) {
        AnalyzedSentence t = s.tokens();
        int i = triggers.get(n);
        int limit = n + 1 < triggers.size() ? t.start(triggers.get(n + 1)) : clauseEnd(s.text(), t.end(i));
        MembershipKind kind = kind(t, i);
        return s.mentions().stream()
                .filter(m -> m.start() >= t.end(i) && m.start() < limit)
                .map(Mention::entity).filter(e -> e.isMembershipOrganisation()
                        || kind == MembershipKind.PARTICIPANT && e.subkind().filter("summit"::equals).isPresent())
                .distinct().limit(kind == MembershipKind.PARTICIPANT ? 1 : Long.MAX_VALUE).toList();
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        List<Integer> triggers = candidates(s);
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int n = 0; n < triggers.size(); n++) {
            int i = triggers.get(n);
            List<Entity> organisations = organisations(s, triggers, n);
            if (organisations.isEmpty()) {
                continue;
            }
            MembershipKind kind = kind(s.tokens(), i);
            Optional<FactDate> date = s.dateNear(i);
            for (Entity member : members(s, i)) {
                for (Entity organisation : organisations) {
                    facts.putIfAbsent(member.id().value() + organisation.id().value(), s.fact(kind, member,
                            organisation, Optional.empty(), date,
                            kind.statement(member.name(), organisation.name()) + Dates.suffix(date)));
                }
            }
        }
        return List.copyOf(facts.values());
    }

    private static MembershipKind kind(AnalyzedSentence t, int i) {
        String lemma = FORMS.getOrDefault(t.lowerToken(i), t.lemma(i));
        if (lemma.equals("participant") || lemma.equals("participate")) {
            return MembershipKind.PARTICIPANT;
        }
        if (i > 0 && t.lowerToken(i - 1).equals("founding")) {
            return MembershipKind.FOUNDING_MEMBER;
        }
        return MembershipKind.MEMBER;
    }

    /** "Both countries": the article's and the section's; otherwise the nearest country named before the trigger. */
    private static List<Entity> members(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        boolean both = false;
        for (int j = 0; j < i; j++) {
            both |= BOTH.contains(t.lowerToken(j)) && j + 2 < t.size()
                    && Set.of("countries", "nations", "sides").contains(t.lowerToken(j + 1).equals("the")
                    ? t.lowerToken(j + 2) : t.lowerToken(j + 1));
        }
        if (both && s.sectionCountry().isPresent()) {
            return List.of(s.articleCountry(), s.sectionCountry().get());
        }
        return List.of(s.countriesNamed().stream().filter(m -> m.end() <= t.start(i)).map(Mention::entity)
                .reduce((a, b) -> b).orElse(s.articleCountry()));
    }

    private static int clauseEnd(String text, int from) {
        int semicolon = text.indexOf(';', from);
        return semicolon < 0 ? text.length() : semicolon;
    }
}
