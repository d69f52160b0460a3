package org.attache.understand;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentClassifierTest {
    /** The held-out accuracy the classifier must keep. */
    static final double HELD_OUT_ACCURACY_FLOOR = 0.75;

    @Test
    void everyIntentHasAtLeastTwentyTrainingExamples() {
        Map<Intent, Integer> counts = new EnumMap<>(Intent.class);
        IntentTrainingData.bundled().forEach(e -> counts.merge(e.intent(), 1, Integer::sum));
        for (Intent intent : Intent.values()) {
            assertTrue(counts.getOrDefault(intent, 0) >= 20, intent + ": " + counts.get(intent));
        }
    }

    @Test
    void classifiesHeldOutQuestionsAboveTheFloor() {
        List<LabelledQuestion> all = IntentTrainingData.bundled();
        List<LabelledQuestion> training = new ArrayList<>();
        List<LabelledQuestion> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 0 ? heldOut : training).add(all.get(i));
        }
        IntentClassifier classifier = new IntentClassifier(training, new EntityResolver(TestDataset.gazetteer()));
        long right = heldOut.stream().filter(q -> classifier.classify(q.text()).intent() == q.intent()).count();
        double accuracy = (double) right / heldOut.size();
        System.out.printf(Locale.ROOT, "intent classifier: %d/%d held-out questions right (%.1f%%)%n", right,
                heldOut.size(), 100 * accuracy);
        assertTrue(accuracy >= HELD_OUT_ACCURACY_FLOOR, "held-out accuracy " + accuracy);
    }

    @Test
    void namesDoNotDecideTheIntent() {
        IntentClassifier classifier = new IntentClassifier(IntentTrainingData.bundled(),
                new EntityResolver(TestDataset.gazetteer()));
        assertEquals(Intent.MISSIONS, classifier.classify("does Norway have an embassy in Lima").intent());
        assertEquals(Intent.MISSIONS, classifier.classify("does Ecuador have an embassy in Quito").intent());
    }
}
