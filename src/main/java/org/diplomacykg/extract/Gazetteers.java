package org.diplomacykg.extract;

import org.diplomacykg.lexicon.Lexicon;

/**
 * The general knowledge the components share, loaded once and immutable: countries, capitals,
 * organisations and places, titles, leaders, currencies, equipment, and the lexicon of frames
 * and word lists.
 */
public final class Gazetteers {
    final Lexicon lexicon;
    final EntityGazetteer entities = new EntityGazetteer();
    final TitleGazetteer titles = new TitleGazetteer();
    final LeaderDirectory leaders = new LeaderDirectory();
    final OrganizationMatcher organizations;
    final CountryMatcher countries;
    final PersonMatcher persons;
    /** Roles written as common nouns around a name ("billionaire X", "X, a close adviser to Y"). */
    final RoleNounReader roleNouns;
    final DateResolver dates = new DateResolver();
    final MoneyParser money = new MoneyParser();
    final EquipmentGazetteer equipment = new EquipmentGazetteer();

    private final java.util.Set<String> governmentHeads;
    /** Names and short names of news agencies: they report facts, they are never a side of one. */
    private final java.util.Set<String> agencies = new java.util.HashSet<>();

    /**
     * The side an actor stands for in a fact between governments: a person's country (null when
     * unknown), a government body's or seat's country, else the country or organisation itself;
     * places stand for no one.
     */
    public org.diplomacykg.facts.EntityRef sideOf(ArticleDoc d, org.diplomacykg.facts.EntityRef a) {
        switch (a.kind()) {
            case PERSON:
                return d.countryOf(a);
            case ORGANIZATION: {
                if (agencies.contains(a.name()) || agencies.contains(a.key())) {
                    return null;
                }
                org.diplomacykg.facts.EntityRef c = entities.countryOf(a, governmentHeads);
                return c != null ? c : a;
            }
            case COUNTRY:
            case INTERNATIONAL_ORGANIZATION:
                return a;
            default:
                return null;
        }
    }

    /** The country a name, short form or demonym stands for ("Finnish": Finland), else null. */
    public org.diplomacykg.facts.EntityRef countryNamed(String word) {
        return entities.countryByName(word);
    }

    /** The country a meeting place is the seat of government of ("at the White House"), else null. */
    public org.diplomacykg.facts.EntityRef seatOf(org.diplomacykg.facts.EntityRef place) {
        return place == null ? null : entities.seatOf(place);
    }

    /**
     * The sides a group of actors stands for, in order and without repeats; a person whose
     * country is unknown stands for themself.
     */
    public java.util.List<org.diplomacykg.facts.EntityRef> sides(ArticleDoc d, java.util.Collection<org.diplomacykg.facts.EntityRef> actors) {
        java.util.Set<org.diplomacykg.facts.EntityRef> out = new java.util.LinkedHashSet<>();
        // "Trong, General Secretary of the ruling Communist Party": the party he leads is not a side
        // of its own when he already stands for his country
        java.util.Set<org.diplomacykg.facts.EntityRef> ledBySide = new java.util.HashSet<>();
        for (org.diplomacykg.facts.EntityRef a : actors) {
            org.diplomacykg.facts.EntityRef org = d.organisationOf(a);
            if (org != null && d.countryOf(a) != null) {
                ledBySide.add(org);
            }
        }
        for (org.diplomacykg.facts.EntityRef a : actors) {
            if (a.kind() == org.diplomacykg.facts.EntityKind.ORGANIZATION && ledBySide.contains(a)) {
                continue;
            }
            org.diplomacykg.facts.EntityRef c = sideOf(d, a);
            if (c != null) {
                out.add(c);
            } else if (a.kind() == org.diplomacykg.facts.EntityKind.PERSON) {
                out.add(a);
            }
        }
        return new java.util.ArrayList<>(out);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The country whose capital a city is, or null. */
    public org.diplomacykg.facts.EntityRef countryOfCapital(String city) {
        return entities.countryOfCapital(city);
    }

    public MoneyParser money() {
        return money;
    }

    /** Names of military equipment in a span of a sentence (see {@link EquipmentGazetteer}). */
    public java.util.List<String> items(String folded, int from, int to, java.util.List<org.diplomacykg.nlp.Token> tokens, int offset) {
        return equipment.find(folded, from, to, tokens, offset);
    }

    Gazetteers(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.governmentHeads = lexicon.words("government_heads");
        for (String[] row : org.diplomacykg.util.TsvResource.rows("/gazetteer/news_agencies.tsv", false)) {
            java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(row[0].trim()));
            if (row.length > 1) {
                for (String x : row[1].split("\\|")) {
                    names.add(x.trim());
                }
            }
            for (String n : names) {
                if (!n.isEmpty()) {
                    agencies.add(n);
                    agencies.add(Text.slug(n));
                }
            }
        }
        this.organizations = new OrganizationMatcher(entities, titles, lexicon);
        this.countries = new CountryMatcher(entities);
        java.util.Set<String> offices = new java.util.HashSet<>();
        for (String o : titles.officeNames()) {
            offices.add(o.toLowerCase(java.util.Locale.ROOT));
        }
        this.roleNouns = new RoleNounReader(lexicon.words("role_nouns"), titles.positionNames(), offices, lexicon.words("delegation_nouns"));
        this.persons = new PersonMatcher(titles, leaders, entities, lexicon.words("not_name_words"), roleNouns);
    }
}
