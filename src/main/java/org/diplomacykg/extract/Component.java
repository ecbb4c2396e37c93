package org.diplomacykg.extract;

/**
 * One named step of the extraction pipeline: it reads what earlier components left in the
 * shared document and adds its own. A component keeps no state between articles, so one
 * instance serves every thread; one switched off leaves its part of the document empty and the
 * later ones work with what is there.
 */
public interface Component {
    /** The name the build report and the switches use ("people", "events"). */
    String name();

    void process(ArticleDoc doc);
}
