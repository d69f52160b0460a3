package org.attache.source.wikitext;

import java.util.Set;

/** Templates that point a section's reader to other articles: their positional parameters are article titles. */
final class RelatedArticleTemplate {
    private static final Set<String> NAMES = Set.of("main", "main article", "see also", "further",
            "further information", "details", "more information");

    private RelatedArticleTemplate() {
    }

    static boolean is(TemplateCall call) {
        return NAMES.contains(call.name());
    }
}
