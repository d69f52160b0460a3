package org.attache.understand;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;
import org.attache.gazetteer.EntityKind;
import org.attache.gazetteer.MentionForm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells a question's intent with an OpenNLP maximum-entropy document categorizer, trained at start-up on the
 * examples kept in the repository. Names are replaced by their kind before training and classifying ("when did
 * COUNTRY and COUNTRY establish relations"), so the model learns how questions are asked, not which countries
 * the examples happened to name.
 */
public final class IntentClassifier {
    private final DoccatModel model;
    private final EntityResolver resolver;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    /** Trains a classifier on these examples. */
    public IntentClassifier(List<LabelledQuestion> examples, EntityResolver resolver) {
        this.resolver = resolver;
        this.model = train(examples);
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** A classifier from a model trained before (see {@link #write}). */
    public IntentClassifier(InputStream trained, EntityResolver resolver) throws IOException {
        this.resolver = resolver;
        this.model = new DoccatModel(trained);
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    private IntentClassifier(DoccatModel model, EntityResolver resolver) {
        this.resolver = resolver;
        this.model = model;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** The same model, reading names with another resolver. */
    IntentClassifier with(EntityResolver other) {
        return new IntentClassifier(model, other);
    }

    /** Writes the trained model, to be read back by the other constructor. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** The most likely intent and its probability. */
    public Classified classify(String question) {
        DocumentCategorizerME me = categorizer.get();
        double[] outcomes = me.categorize(features(question));
        String best = me.getBestCategory(outcomes);
        double probability = Arrays.stream(outcomes).max().orElse(0);
        return new Classified(Intent.byLabel(best).orElse(Intent.OUT_OF_SCOPE), probability);
    }

    /** An intent with the classifier's probability for it. */
    public record Classified(Intent intent, double probability) {
    }

    private DoccatModel train(List<LabelledQuestion> examples) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledQuestion example : examples) {
            samples.add(new DocumentSample(example.intent().label(), features(example.text())));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot train the intent classifier: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case words with every name replaced by its kind. */
    private String[] features(String question) {
        String text = QuestionText.clean(question);
        var resolved = resolver.mentions(text);
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (var mention : resolved) {
            if (mention.start() < at) {
                continue;
            }
            masked.append(text, at, mention.start()).append(' ').append(placeholder(mention.entity().kind(),
                    mention.form())).append(' ');
            at = mention.end();
        }
        masked.append(text.substring(at));
        return Arrays.stream(masked.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static String placeholder(EntityKind kind, MentionForm form) {
        return form == MentionForm.DEMONYM ? "_demonym_" : "_" + kind.name().toLowerCase(Locale.ROOT) + "_";
    }
}
