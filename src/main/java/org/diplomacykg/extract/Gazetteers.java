package org.diplomacykg.extract;

import org.diplomacykg.lexicon.Lexicon;

/**
 * The general knowledge the components share, loaded once and immutable: countries, capitals,
 * organisations and places, titles, leaders, currencies, equipment, and the lexicon of frames
 * and word lists.
 */
final class Gazetteers {
    final Lexicon lexicon;
    final EntityGazetteer entities = new EntityGazetteer();
    final TitleGazetteer titles = new TitleGazetteer();
    final LeaderDirectory leaders = new LeaderDirectory();
    final OrganizationMatcher organizations;
    final CountryMatcher countries;
    final PersonMatcher persons;
    final DateResolver dates = new DateResolver();
    final MoneyParser money = new MoneyParser();
    final EquipmentGazetteer equipment = new EquipmentGazetteer();

    Gazetteers(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.organizations = new OrganizationMatcher(entities, titles);
        this.countries = new CountryMatcher(entities);
        this.persons = new PersonMatcher(titles, leaders, entities);
    }
}
