package org.attache.understand;

/** A training example: a question and the intent it has. */
public record LabelledQuestion(Intent intent, String text) {
}
