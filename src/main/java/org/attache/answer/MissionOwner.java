package org.attache.answer;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.understand.Query;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose mission a question asks about: the country of a demonym on the mission noun ("Which Irish embassy covers
 * Iran?", "Salvadoran consulates"), else the first country it names outright ("In which Iraqi city does Italy have
 * a consulate-general?" asks for Italy's: "Iraqi" says where).
 */
final class MissionOwner {
    private static final Pattern MISSION_AFTER = Pattern.compile(
            "(?is)^\\s+(honorary\\s+|general\\s+)?(embass|consul|mission|high\\s+comm|representation).*");

    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "(?is)^\\s+(government|state|authorities|republic)\\b.*");

    private MissionOwner() {
    }

    static Optional<Entity> of(Query query, Gazetteer gazetteer) {
        String text = query.text();
        List<Mention> mentions = gazetteer.find(text).stream().filter(m -> m.entity().isCountry()).toList();
        for (Mention m : mentions) {
            if (m.form() == MentionForm.DEMONYM && MISSION_AFTER.matcher(text.substring(m.end())).matches()) {
                return Optional.of(m.entity());
            }
        }
        // "does the Polish government have an embassy …": a demonym on the state itself names it outright
        Optional<Entity> government = mentions.stream().filter(m -> m.form() == MentionForm.DEMONYM
                && GOVERNMENT_AFTER.matcher(text.substring(m.end())).lookingAt()).map(Mention::entity).findFirst();
        int governmentAt = government.map(g -> query.entities().indexOf(g)).orElse(Integer.MAX_VALUE);
        // the names as the question reader resolved them, typos included ("does mexcio have an embassy …")
        for (int i = 0; i < query.entities().size(); i++) {
            if (i >= governmentAt) {
                return government;
            }
            if (query.entities().get(i).isCountry() && query.forms().get(i) != MentionForm.DEMONYM) {
                return Optional.of(query.entities().get(i));
            }
        }
        if (government.isPresent()) {
            return government;
        }
        return query.countries().stream().findFirst();
    }
}
