package org.attache.gazetteer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the gazetteer: every country of the JDK's ISO 3166 list under its English name, extended by our own file
 * ({@code data/gazetteer.yaml}) with aliases, abbreviations, demonyms, capitals, states without an ISO code,
 * organisations, cities and regions.
 */
public final class GazetteerLoader {
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryEntry(String code, String name, List<String> aliases, List<String> abbreviations,
                        List<String> demonyms, String capital) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationEntry(String id, String name, String kind, List<String> aliases, List<String> abbreviations,
                             WorldRegion region) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CityEntry(String name, String country, List<String> aliases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegionEntry(String name, List<String> aliases, List<String> demonyms) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GazetteerFile(List<CountryEntry> countries, List<OrganisationEntry> organisations,
                         List<CityEntry> cities, List<RegionEntry> regions) {
    }

    private static final int MIN_CASELESS_DEMONYM = 6;

    private final Map<EntityId, Entity> entities = new LinkedHashMap<>();
    private final List<Gazetteer.Form> forms = new ArrayList<>();
    private final Map<EntityId, WorldRegion> regions = new LinkedHashMap<>();

    private GazetteerLoader() {
    }

    public static Gazetteer load(Path file) {
        GazetteerFile data;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            data = new ObjectMapper(new YAMLFactory()).readValue(in, GazetteerFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + file + ": " + e.getMessage(), e);
        }
        GazetteerLoader loader = new GazetteerLoader();
        loader.addCountries(orEmpty(data.countries()));
        orEmpty(data.organisations()).forEach(loader::addOrganisation);
        orEmpty(data.cities()).forEach(loader::addCity);
        orEmpty(data.regions()).forEach(loader::addRegion);
        return new Gazetteer(loader.entities.values(), loader.forms, loader.regions);
    }

    private void addCountries(List<CountryEntry> extensions) {
        Map<String, CountryEntry> byCode = new LinkedHashMap<>();
        extensions.forEach(e -> byCode.put(e.code().toUpperCase(Locale.ROOT), e));
        for (String code : Locale.getISOCountries()) {
            String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            CountryEntry extension = byCode.remove(code);
            addCountry(code, jdkName, extension);
        }
        // states the ISO list lacks (Kosovo): our file must name them
        byCode.forEach((code, extension) -> addCountry(code, extension.name(), extension));
    }

    private void addCountry(String code, String jdkName, CountryEntry extension) {
        String name = extension != null && extension.name() != null ? extension.name() : jdkName;
        EntityId id = new EntityId(code);
        Entity country = new Entity(id, EntityKind.COUNTRY, name, Optional.of(id), Optional.empty());
        entities.put(country.id(), country);
        names(country, List.of(name, jdkName));
        if (extension == null) {
            return;
        }
        names(country, orEmpty(extension.aliases()));
        abbreviations(country, orEmpty(extension.abbreviations()));
        demonyms(country, orEmpty(extension.demonyms()));
        if (extension.capital() != null && !extension.capital().isBlank()) {
            addCity(new CityEntry(extension.capital(), code, List.of()));
        }
    }

    private void addOrganisation(OrganisationEntry entry) {
        Entity organisation = new Entity(new EntityId("org:" + entry.id()), EntityKind.ORGANISATION, entry.name(), Optional.empty(),
                Optional.of(entry.kind() == null ? "organisation" : entry.kind()));
        entities.put(organisation.id(), organisation);
        if (entry.region() != null) {
            regions.put(organisation.id(), entry.region());
        }
        names(organisation, List.of(entry.name()));
        names(organisation, orEmpty(entry.aliases()));
        abbreviations(organisation, orEmpty(entry.abbreviations()));
    }

    private void addCity(CityEntry entry) {
        EntityId id = new EntityId("city:" + entry.name());
        Entity city = entities.get(id);
        if (city == null) {
            city = new Entity(id, EntityKind.CITY, entry.name(), Optional.of(new EntityId(entry.country())),
                    Optional.empty());
            entities.put(id, city);
            names(city, List.of(entry.name()));
        }
        names(city, orEmpty(entry.aliases()));
    }

    private void addRegion(RegionEntry entry) {
        Entity region = new Entity(new EntityId("region:" + entry.name()), EntityKind.REGION, entry.name(), Optional.empty(),
                Optional.empty());
        entities.put(region.id(), region);
        names(region, List.of(entry.name()));
        names(region, orEmpty(entry.aliases()));
        demonyms(region, orEmpty(entry.demonyms()));
    }

    private void names(Entity entity, List<String> names) {
        names.stream().distinct().forEach(n -> forms.add(new Gazetteer.Form(n, entity, MentionForm.NAME, false)));
    }

    private void abbreviations(Entity entity, List<String> abbreviations) {
        abbreviations.forEach(a -> forms.add(new Gazetteer.Form(a, entity, MentionForm.ABBREVIATION, true)));
    }

    /**
     * Demonyms and their plurals. People type them in lower case ("salvadoran consulates"), so they match in any
     * case, except the short ones that are also English words ("Pole", "Swede", "Dane"): those need their capital.
     */
    private void demonyms(Entity entity, List<String> demonyms) {
        for (String demonym : demonyms) {
            boolean caseSensitive = demonym.length() < MIN_CASELESS_DEMONYM;
            forms.add(new Gazetteer.Form(demonym, entity, MentionForm.DEMONYM, caseSensitive));
            if (Character.isLetter(demonym.charAt(demonym.length() - 1))) {
                forms.add(new Gazetteer.Form(demonym + "s", entity, MentionForm.DEMONYM, caseSensitive));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
