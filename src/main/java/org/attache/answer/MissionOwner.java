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
        // the names as the question reader resolved them, typos included ("does mexcio have an embassy …")
        for (int i = 0; i < query.entities().size(); i++) {
            if (query.entities().get(i).isCountry() && query.forms().get(i) != MentionForm.DEMONYM) {
                return Optional.of(query.entities().get(i));
            }
        }
        return query.countries().stream().findFirst();
    }
}
