package org.attache.quiz;

import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.attache.fact.SnapshotAlignment;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes multiple-choice questions from the typed facts, never from free text: years of relation events and
 * treaties, the cities of missions, memberships, the counterpart of a named war, figures. Distractors are of the
 * same kind (nearby years, other cities of the same country, other organisations and countries of the dataset,
 * scaled figures) and never something another fact states for the same question. Facts the snapshots disagree on
 * are left out. The same filter and seed give the same quiz.
 */
public final class QuestionGenerator {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final int[] YEAR_SHIFTS = {1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10};

    private final RelationsDataset dataset;
    private final Set<String> contested;

    public QuestionGenerator(RelationsDataset dataset) {
        this.dataset = dataset;
        this.contested = new LinkedHashSet<>();
        for (Contradiction contradiction : dataset.contradictions()) {
            contradiction.statements().forEach(f -> contested.add(SnapshotAlignment.key(f)));
            contested.add(contradiction.subject() + "|" + contradiction.counterpart() + "|standing");
        }
    }

    public List<QuizQuestion> generate(QuizFilter filter) {
        Random random = new Random(filter.seed());
        List<QuizQuestion> all = new ArrayList<>();
        for (Fact fact : candidates(filter)) {
            question(fact, new Random(filter.seed() ^ fact.id().hashCode())).ifPresent(all::add);
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, Math.min(filter.count(), all.size())));
    }

    /** One fact per statement (the newest snapshot's), none contested, sorted so the shuffle alone decides. */
    private List<Fact> candidates(QuizFilter filter) {
        Map<String, Fact> newest = new LinkedHashMap<>();
        dataset.facts().stream()
                .sorted(Comparator.comparing((Fact f) -> f.provenance().snapshot()).reversed())
                .forEach(f -> newest.putIfAbsent(SnapshotAlignment.key(f), f));
        return newest.values().stream()
                .filter(f -> !contested.contains(SnapshotAlignment.key(f)))
                .filter(f -> !(f.type() == FactType.RELATION_EVENT
                        && contested.contains(f.subject() + "|" + f.counterpart() + "|standing")))
                .filter(f -> filter.country().map(f::involves).orElse(true))
                .filter(f -> filter.topic().map(t -> t == topicOf(f)).orElse(true))
                .sorted(Comparator.comparing(Fact::id))
                .toList();
    }

    private static Topic topicOf(Fact fact) {
        return switch (fact.type()) {
            case RELATION_EVENT -> Topic.RELATIONS;
            case MISSION -> Topic.MISSIONS;
            case MEMBERSHIP -> Topic.MEMBERSHIPS;
            case CONFLICT, TREATY -> Topic.CONFLICTS;
            case FIGURE -> Topic.FIGURES;
        };
    }

    private Optional<QuizQuestion> question(Fact fact, Random random) {
        return switch (fact.type()) {
            case RELATION_EVENT -> year(fact, eventPrompt(fact), random);
            // a treaty is asked about only when its name says which ("peace treaty", not "agreement")
            case TREATY -> fact.name().filter(n -> !n.toLowerCase(Locale.ROOT).contains("ruling") && n.contains(" "))
                    .flatMap(n -> year(fact, "In which year did " + fact.subject() + " and " + fact.counterpart()
                            + " conclude the " + n + "?", random));
            case MISSION -> missionCity(fact, random);
            case MEMBERSHIP -> membership(fact, random);
            case CONFLICT -> warCounterpart(fact, random);
            case FIGURE -> figure(fact, random);
        };
    }

    private static String eventPrompt(Fact fact) {
        String s = fact.subject();
        String c = fact.counterpart();
        return switch (fact.kind()) {
            case "established" -> "In which year did " + s + " and " + c + " establish diplomatic relations?";
            case "recognised" -> "In which year did " + s + " recognise " + c + "?";
            case "resumed" -> "In which year did " + s + " and " + c + " resume diplomatic relations?";
            case "suspended" -> "In which year did " + s + " suspend diplomatic relations with " + c + "?";
            case "cancelled" -> "In which year did " + s + " cancel relations with " + c + "?";
            case "restored" -> "In which year were relations between " + s + " and " + c + " restored?";
            case "upgraded" -> "In which year did " + s + " and " + c + " upgrade their relations?";
            case "severed" -> "In which year were relations between " + s + " and " + c + " severed?";
            default -> "";
        };
    }

    /** The year of an event, against nearby years no fact of the same statement gives. */
    private Optional<QuizQuestion> year(Fact fact, String prompt, Random random) {
        if (prompt.isEmpty() || fact.date().isEmpty() || fact.date().get().year().isEmpty()
                || fact.date().get().approximate()) {
            return Optional.empty();
        }
        int year = fact.date().get().year().getAsInt();
        Set<Integer> stated = new LinkedHashSet<>();
        dataset.facts().stream().filter(f -> SnapshotAlignment.key(f).equals(SnapshotAlignment.key(fact)))
                .forEach(f -> f.date().ifPresent(d -> d.year().ifPresent(stated::add)));
        int latest = Integer.parseInt(fact.provenance().snapshot().substring(0, 4));
        List<String> distractors = new ArrayList<>();
        for (int shift : YEAR_SHIFTS) {
            int other = year + shift;
            if (!stated.contains(other) && other <= latest) {
                distractors.add(String.valueOf(other));
            }
        }
        return options(fact, prompt, String.valueOf(year), distractors, random, Topic.RELATIONS == topicOf(fact)
                ? Topic.RELATIONS : topicOf(fact));
    }

    /** The city of a mission, against other cities of the host country where the owner has no mission. */
    private Optional<QuizQuestion> missionCity(Fact fact, Random random) {
        if (fact.name().isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> host = dataset.gazetteer().country(fact.counterpart());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        // a city where the owner has a mission of the same kind would be right too: never offered
        Set<String> ownersCities = new LinkedHashSet<>();
        dataset.facts().stream().filter(f -> f.type() == FactType.MISSION && f.subject().equals(fact.subject())
                        && f.counterpart().equals(fact.counterpart()) && f.kind().equals(fact.kind()))
                .forEach(f -> f.name().ifPresent(ownersCities::add));
        List<String> distractors = dataset.gazetteer().entitiesOf(EntityKind.CITY).stream()
                .filter(city -> city.country().equals(host.get().country()))
                .map(Entity::name).filter(name -> !ownersCities.contains(name)).toList();
        String article = fact.kind().equals("embassy") || fact.kind().equals("honorary consulate") ? "an " : "a ";
        return options(fact, "In which city does " + fact.subject() + " have " + article + fact.kind() + " in "
                + fact.counterpart() + "?", fact.name().get(), distractors, random, Topic.MISSIONS);
    }

    /** An organisation the country belongs to, against organisations of the dataset it is not said to. */
    private Optional<QuizQuestion> membership(Fact fact, Random random) {
        Set<String> belongs = new LinkedHashSet<>();
        dataset.facts().stream().filter(f -> f.type() == FactType.MEMBERSHIP && f.subject().equals(fact.subject()))
                .forEach(f -> belongs.add(f.counterpart()));
        List<String> distractors = dataset.facts().stream().filter(f -> f.type() == FactType.MEMBERSHIP)
                .map(Fact::counterpart).distinct().filter(o -> !belongs.contains(o)).toList();
        return options(fact, "Which of these is " + fact.subject() + " " + (fact.kind().equals("participant")
                ? "a participant in" : "a " + fact.kind() + " of") + "?", fact.counterpart(), distractors, random,
                Topic.MEMBERSHIPS);
    }

    /** The other party of a named war the sentence itself names, against other countries of the dataset. */
    private Optional<QuizQuestion> warCounterpart(Fact fact, Random random) {
        // a war with a proper name ("the 100-hour Football War"), not "a border dispute"
        Optional<String> name = fact.name().filter(n -> fact.kind().equals("war")
                && Character.isUpperCase(n.replaceAll("^[\\w-]*\\d[\\w-]*\\s+", "").charAt(0)));
        // the sentence must name the other party itself, not only inside the war's name ("the Iraq War")
        if (name.isEmpty() || !fact.provenance().sentence().replace(name.get(), "").contains(fact.counterpart())) {
            return Optional.empty();
        }
        Set<String> parties = new LinkedHashSet<>();
        dataset.facts().stream().filter(f -> f.type() == FactType.CONFLICT && f.name().equals(name))
                .forEach(f -> parties.add(f.counterpart()));
        List<String> distractors = dataset.facts().stream().map(Fact::counterpart).distinct()
                .filter(c -> dataset.gazetteer().country(c).isPresent() && !parties.contains(c)
                        && !c.equals(fact.subject()))
                .toList();
        return options(fact, "Against which country did " + fact.subject() + " fight the " + name.get() + "?",
                fact.counterpart(), distractors, random, Topic.CONFLICTS);
    }

    /** A figure, against the same figure scaled (a half, double, five times, a tenth). */
    private Optional<QuizQuestion> figure(Fact fact, Random random) {
        if (fact.name().isEmpty()) {
            return Optional.empty();
        }
        String amount = fact.name().get();
        Matcher number = NUMBER.matcher(amount);
        if (!number.find() || amount.contains("-") || amount.contains("–")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(number.group().replace(",", ""));
        List<String> distractors = new ArrayList<>();
        for (double scale : new double[] {0.5, 2, 5, 0.1, 3}) {
            long scaled = Math.round(value * scale);
            if (scaled > 0 && scaled != Math.round(value)) {
                distractors.add(amount.substring(0, number.start()) + String.format(Locale.ROOT, "%,d", scaled)
                        + amount.substring(number.end()));
            }
        }
        String what = switch (fact.kind()) {
            case "diaspora" -> "How many " + demonymOrPeople(fact) + " lived in " + fact.counterpart();
            case "visitors" -> "How many visitors from " + fact.subject() + " did " + fact.counterpart()
                    + " receive a year";
            case "trade value" -> "What was the trade between " + fact.subject() + " and " + fact.counterpart()
                    + " worth";
            case "credit line" -> "How large was the line of credit in the relations of " + fact.subject() + " and "
                    + fact.counterpart();
            case "troops" -> "How many troop rotations did " + fact.subject() + " send";
            default -> "";
        };
        if (what.isEmpty()) {
            return Optional.empty();
        }
        return options(fact, what + ", according to the " + fact.provenance().snapshot() + " snapshot?", amount,
                distractors, random, Topic.FIGURES);
    }

    private static String demonymOrPeople(Fact fact) {
        String statement = fact.statement();
        int in = statement.indexOf(" in ");
        return in > 0 ? statement.substring(0, in) : "people from " + fact.subject();
    }

    /** Four options: the right one and three distractors picked at random, in a random order. */
    private static Optional<QuizQuestion> options(Fact fact, String prompt, String right, List<String> distractors,
                                                  Random random, Topic topic) {
        List<String> pool = new ArrayList<>(new LinkedHashSet<>(distractors));
        pool.removeIf(d -> d.equalsIgnoreCase(right));
        if (pool.size() < 3) {
            return Optional.empty();
        }
        Collections.shuffle(pool, random);
        List<String> shown = new ArrayList<>(pool.subList(0, 3));
        shown.add(right);
        Collections.shuffle(shown, random);
        return Optional.of(new QuizQuestion(topic, prompt, shown, shown.indexOf(right), fact));
    }
}
