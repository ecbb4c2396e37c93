package org.diplomacykg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The diplomacy ontology's terms. The namespace is fixed: it never depends on where a server
 * runs, so data built anywhere links to the same vocabulary (ontology/diplomacy.ttl).
 */
public final class Dip {
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology#";

    private Dip() {
    }

    /** NIF 2.0 Core: evidence spans are offset-based strings in the article's cleaned text (a nif:Context). */
    public static final class Nif {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Node Context = NodeFactory.createURI(NS + "Context");
        public static final Node OffsetBasedString = NodeFactory.createURI(NS + "OffsetBasedString");
        public static final Node isString = NodeFactory.createURI(NS + "isString");
        public static final Node beginIndex = NodeFactory.createURI(NS + "beginIndex");
        public static final Node endIndex = NodeFactory.createURI(NS + "endIndex");
        public static final Node anchorOf = NodeFactory.createURI(NS + "anchorOf");
        public static final Node referenceContext = NodeFactory.createURI(NS + "referenceContext");

        private Nif() {
        }
    }

    /**
     * schema.org terms an article's provenance is written with, where schema.org has the very
     * term (its namespace as the ontology's alignments write it).
     */
    public static final class Schema {
        public static final String NS = "http://schema.org/";
        /** The article's canonical URL, an IRI. */
        public static final Node url = NodeFactory.createURI(NS + "url");
        public static final Node headline = NodeFactory.createURI(NS + "headline");
        /** The byline, as text: schema.org accepts text where it expects a person. */
        public static final Node author = NodeFactory.createURI(NS + "author");
        public static final Node datePublished = NodeFactory.createURI(NS + "datePublished");
        public static final Node dateModified = NodeFactory.createURI(NS + "dateModified");

        private Schema() {
        }
    }

    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // classes
    public static final Node Person = term("Person");
    public static final Node Country = term("Country");
    public static final Node InternationalOrganization = term("InternationalOrganization");
    public static final Node Organization = term("Organization");
    public static final Node Place = term("Place");
    public static final Node Document = term("Document");
    public static final Node Role = term("Role");
    public static final Node MonetaryAmount = term("MonetaryAmount");
    public static final Node Quotation = term("Quotation");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Evidence = term("Evidence");

    // names and identifiers
    public static final Node isoCode = term("isoCode");
    public static final Node acronym = term("acronym");
    public static final Node altName = term("altName");

    // roles
    public static final Node holdsRole = term("holdsRole");
    public static final Node title = term("title");
    public static final Node roleFor = term("roleFor");

    // events
    public static final Node participant = term("participant");
    public static final Node host = term("host");
    public static final Node place = term("place");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node partOf = term("partOf");
    public static final Node occasion = term("occasion");

    // outcomes
    public static final Node party = term("party");
    public static final Node provider = term("provider");
    public static final Node recipient = term("recipient");
    public static final Node amount = term("amount");
    public static final Node value = term("value");
    public static final Node currency = term("currency");
    public static final Node usdValue = term("usdValue");
    public static final Node upTo = term("upTo");
    public static final Node item = term("item");
    public static final Node programme = term("programme");
    public static final Node purpose = term("purpose");
    public static final Node status = term("status");
    public static final Node date = term("date");
    public static final Node outcomeOf = term("outcomeOf");

    // quotations
    public static final Node speaker = term("speaker");
    public static final Node text = term("text");

    // provenance
    public static final Node evidence = term("evidence");
    public static final Node inArticle = term("inArticle");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node reportedIn = term("reportedIn");
    public static final Node sourceCount = term("sourceCount");
    public static final Node independentSourceCount = term("independentSourceCount");
    public static final Node mergedOn = term("mergedOn");

    // conflicts between sources
    public static final Node Conflict = term("Conflict");
    public static final Node Claim = term("Claim");
    public static final Node hasConflict = term("hasConflict");
    public static final Node attribute = term("attribute");
    public static final Node chosenValue = term("chosenValue");
    public static final Node claim = term("claim");
    public static final Node claimedValue = term("claimedValue");
    public static final Node claimedIn = term("claimedIn");

    // relations between articles
    public static final Node ArticleRelation = term("ArticleRelation");
    public static final Node copyOf = term("copyOf");
    public static final Node rewriteOf = term("rewriteOf");
    public static final Node relatedArticle = term("relatedArticle");
    public static final Node originalArticle = term("originalArticle");
    public static final Node relationType = term("relationType");
    public static final Node similarity = term("similarity");
    public static final Node mentions = term("mentions");
    public static final Node fileName = term("fileName");
    public static final Node sha256 = term("sha256");
    public static final Node publisher = term("publisher");
    public static final Node printedDate = term("printedDate");
    public static final Node referenceDate = term("referenceDate");
    public static final Node printedDateContradicted = term("printedDateContradicted");
    public static final Node dateline = term("dateline");
    public static final Node referenceDateReason = term("referenceDateReason");
    public static final Node captureDate = term("captureDate");
    public static final Node recordLocator = term("recordLocator");
    public static final Node inputFormat = term("inputFormat");
    public static final Node summaryOnly = term("summaryOnly");
    public static final Node inputDigest = term("inputDigest");
    public static final Node builtAt = term("builtAt");
    public static final Node articleCount = term("articleCount");
}
