package org.attache.understand;

import org.attache.gazetteer.Gazetteer;

/** Turns a question as typed into a {@link Query}: cleaned, classified, its names resolved. Thread-safe. */
public final class QuestionReader {
    private final EntityResolver resolver;
    private final IntentClassifier classifier;

    /** With an intent classifier trained now on the bundled examples. */
    public QuestionReader(Gazetteer gazetteer) {
        this.resolver = new EntityResolver(gazetteer);
        this.classifier = new IntentClassifier(IntentTrainingData.bundled(), resolver);
    }

    /** With an intent classifier trained before. */
    public QuestionReader(EntityResolver resolver, IntentClassifier classifier) {
        this.resolver = resolver;
        this.classifier = classifier;
    }

    /** The same reader, never taking these words for misspelt names (see {@link EntityResolver}). */
    public QuestionReader withOrdinaryWords(java.util.function.Predicate<String> ordinaryWord) {
        EntityResolver other = resolver.withOrdinaryWords(ordinaryWord);
        return new QuestionReader(other, classifier.with(other));
    }

    public Query read(String question) {
        String text = QuestionText.clean(question);
        IntentClassifier.Classified intent = classifier.classify(text);
        EntityResolver.Resolved resolved = resolver.resolve(text);
        return new Query(text, intent.intent(), intent.probability(), resolved.entities(), resolved.forms(),
                resolved.words());
    }
}
