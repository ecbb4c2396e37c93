package org.diplomacykg.facts;

import java.io.Serializable;
import java.util.List;

/**
 * One fact as one article reports it: the record every fact kind's report implements, so that
 * reconcile and map can handle reports without knowing their kind. Serializable because the
 * facts cache keeps each article's facts between builds.
 */
public interface Fact extends Serializable {
    /** Names the report within its article: unique there, and how other reports of the article refer to it. */
    String localId();

    /** The sentence the report was read from. */
    Evidence evidence();

    /** Every entity the report names (participants, parties, speaker…), for the entity reconciler. */
    List<EntityRef> entities();
}
