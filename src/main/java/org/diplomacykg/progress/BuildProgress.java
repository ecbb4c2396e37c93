package org.diplomacykg.progress;

/**
 * What a build says about its progress while it runs: which phase it is in and how much of that
 * phase is done. Extraction workers call {@link #advance} from many threads once per article, so
 * an implementation must make it cheap and lock-free; phase changes are few and come from the
 * thread that runs the build.
 */
public interface BuildProgress {
    /** Says nothing: for builds nobody watches (tests, the server's start-up build, {@code --quiet}). */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void phase(String name, String unit, long total) {
        }

        @Override
        public void advance(long n) {
        }

        @Override
        public void alongside(String note) {
        }

        @Override
        public void done() {
        }
    };

    /**
     * A phase starts, ending the one before. It counts {@code unit}s ("articles", "quads"), of
     * which there are {@code total}, or -1 when the total is not known in advance.
     */
    void phase(String name, String unit, long total);

    /** A phase with nothing to count: only its running time is shown. */
    default void phase(String name) {
        phase(name, null, -1);
    }

    /** {@code n} more units of the current phase are done. */
    void advance(long n);

    /** Work running alongside the current phase in another thread ("validating"), or null once it has ended. */
    void alongside(String note);

    /** The build's work is finished (without it, the build is taken to have stopped where it was). */
    void done();
}
