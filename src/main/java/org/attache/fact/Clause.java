package org.attache.fact;

/**
 * One clause of a sentence, in tokens: where it starts and ends, the span of its subject (the words before its
 * first verb, after any opening adverbial), and its first verb. A clause that continues the one before with a verb
 * of its own ("… in 1990 and opened embassies in 1992") shares that clause's subject.
 *
 * @param start        first token
 * @param end          one past the last token
 * @param subjectStart first token of the subject
 * @param subjectEnd   one past the last token of the subject; equal to subjectStart when the clause has none
 * @param verb         the first verb or auxiliary, or -1
 * @param passive      a form of "be" stands before the main verb ("relations were established")
 * @param relative     the clause is a relative one ("which", "who"): its subject is something named before it
 * @param subordinate  the clause opens with a subordinating conjunction ("after Russia invaded Georgia")
 */
record Clause(int start, int end, int subjectStart, int subjectEnd, int verb, boolean passive, boolean relative,
              boolean subordinate) {

    boolean contains(int token) {
        return token >= start && token < end;
    }

    boolean hasSubject() {
        return subjectEnd > subjectStart;
    }
}
