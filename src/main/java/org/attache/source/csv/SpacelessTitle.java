package org.attache.source.csv;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article title as a scraped dataset writes it, without its spaces ({@code ForeignrelationsoftheCzechRepublic}),
 * read back into the title, the country it is about and the article's address. The country's name is found through
 * the gazetteer, so its spaces come back as the gazetteer writes them ("Saint Vincent and the Grenadines"); words
 * after it ({@code underMuammarGaddafi}) are split where a capital follows a small letter.
 */
public final class SpacelessTitle {
    private static final Pattern PREFIX = Pattern.compile("^foreignrelationsof(the)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_START = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /**
     * What may follow a country's name in a title: nothing, a new capitalised word or a mark, or one of the small
     * words that qualify a title ("under Muammar Gaddafi", "during the Cold War"). Anything else means the name was
     * only the start of a longer word: "Syrianpeople" is not Syria.
     */
    private static final Pattern NAME_ENDS = Pattern.compile(
            "^($|[^\\p{Ll}]|(under|during|in|since|before|after|from|to|and|of|with)(\\p{Lu}|$))");
    private static final String WIKIPEDIA = "en.wikipedia.org";

    /** What a spaceless title stands for. */
    public record Recovered(String title, Entity country, String url) {
    }

    private SpacelessTitle() {
    }

    /** The title, country and address, when the title reads "Foreign relations of [the] COUNTRY …". */
    public static Optional<Recovered> recover(String spaceless, Gazetteer gazetteer) {
        String compact = spaceless.strip();
        Matcher prefix = PREFIX.matcher(compact);
        if (!prefix.find()) {
            return Optional.empty();
        }
        boolean the = prefix.group(1) != null;
        Optional<Recovered> found = read(compact, prefix.end(), the, gazetteer);
        // "of the Gambia" puts the article before the name; a name that itself begins with "the" keeps it
        return found.isPresent() || !the ? found : read(compact, prefix.end() - "the".length(), false, gazetteer);
    }

    private static Optional<Recovered> read(String compact, int start, boolean the, Gazetteer gazetteer) {
        String rest = compact.substring(start);
        return gazetteer.countriesAtStartOfSpaceless(rest).stream()
                .filter(name -> NAME_ENDS.matcher(rest.substring(name.end())).find())
                .findFirst().map(name -> {
            StringBuilder title = new StringBuilder("Foreign relations of ");
            if (the) {
                title.append(compact, start - "the".length(), start).append(' ');
            }
            title.append(spaced(rest.substring(0, name.end()), name.surface()));
            String tail = rest.substring(name.end());
            if (!tail.isEmpty()) {
                title.append(' ').append(WORD_START.matcher(tail).replaceAll(" "));
            }
            return new Recovered(title.toString(), name.country(), url(title.toString()));
        });
    }

    /**
     * The title's own letters (their case kept) with the spaces of the gazetteer's spelling put back: "CzechRepublic"
     * with "Czech Republic" gives "CzechRepublic" its space.
     */
    static String spaced(String letters, String surface) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < surface.length() && at < letters.length(); i++) {
            char wanted = surface.charAt(i);
            if (Character.isLetterOrDigit(wanted)) {
                while (at < letters.length() && !Character.isLetterOrDigit(letters.charAt(at))) {
                    out.append(letters.charAt(at++));
                }
                if (at < letters.length()) {
                    out.append(letters.charAt(at++));
                }
            } else if (at < letters.length() && letters.charAt(at) == wanted) {
                out.append(letters.charAt(at++));
            } else if (Character.isWhitespace(wanted)) {
                out.append(' ');
            }
        }
        out.append(letters, at, letters.length());
        return out.toString();
    }

    /** The article's address: spaces as underscores, anything outside ASCII's safe characters percent-encoded. */
    static String url(String title) {
        try {
            return new URI("https", WIKIPEDIA, "/wiki/" + title.replace(' ', '_'), null).toASCIIString();
        } catch (URISyntaxException e) {
            // the multi-argument constructor quotes every illegal character, so a title cannot get here
            throw new IllegalArgumentException("no address for the title '" + title + "'", e);
        }
    }
}
