package org.diplomacykg.serve;

/**
 * What {@code POST /kg/build} runs: a build of the served store's new and changed inputs inside
 * the serving process (the server itself knows nothing of how articles become a graph).
 */
@FunctionalInterface
public interface BuildTrigger {
    /** Builds now, after any build under way, and answers with its report; never throws. */
    Answer build();

    /** The report as a JSON object, and whether the build succeeded (or found nothing to do). */
    record Answer(boolean ok, String json) {
    }
}
