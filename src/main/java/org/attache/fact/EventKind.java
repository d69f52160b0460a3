package org.attache.fact;

/** What happened to relations between two states. */
enum EventKind {
    ESTABLISHED("established", "%s and %s established diplomatic relations"),
    RECOGNISED("recognised", "%s recognised %s"),
    RESUMED("resumed", "%s and %s resumed diplomatic relations"),
    SUSPENDED("suspended", "%s suspended diplomatic relations with %s"),
    CANCELLED("cancelled", "%s cancelled relations with %s"),
    SEVERED("severed", "Diplomatic relations between %s and %s were severed"),
    RESTORED("restored", "%s and %s restored relations"),
    UPGRADED("upgraded", "%s and %s upgraded their relations"),
    MAINTAINED("maintained", "%s maintains diplomatic relations with %s"),
    NOT_MAINTAINED("not maintained", "%s does not maintain official relations with %s");

    private final String label;
    private final String statement;

    EventKind(String label, String statement) {
        this.label = label;
        this.statement = statement;
    }

    String label() {
        return label;
    }

    String statement(String subject, String counterpart) {
        return String.format(java.util.Locale.ROOT, statement, subject, counterpart);
    }

    /** True for events after which the two states have relations. */
    boolean opensRelations() {
        return this != SUSPENDED && this != CANCELLED && this != SEVERED && this != NOT_MAINTAINED;
    }

    static java.util.Optional<EventKind> byLabel(String label) {
        for (EventKind kind : values()) {
            if (kind.label.equals(label)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
