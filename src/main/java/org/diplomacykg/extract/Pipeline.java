package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.nlp.AnnotatedArticle;

/**
 * The extractor: an ordered list of named components over one shared {@link ArticleDoc}, like
 * spaCy's pipeline. Each component's time is summed across articles and threads for the build
 * report. Thread-safe: components are stateless and each article has its own document.
 */
public final class Pipeline implements Extractor {
    private final List<Component> components;
    private final AtomicLongArray nanos;

    Pipeline(List<Component> all, Set<String> disabled) {
        List<String> names = all.stream().map(Component::name).toList();
        List<String> unknown = disabled.stream().filter(d -> !names.contains(d)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownComponentException(unknown, names);
        }
        this.components = all.stream().filter(c -> !disabled.contains(c.name())).toList();
        this.nanos = new AtomicLongArray(components.size());
    }

    @Override
    public ArticleFacts extract(AnnotatedArticle a) {
        ArticleDoc d = new ArticleDoc(a);
        for (int i = 0; i < components.size(); i++) {
            long t0 = System.nanoTime();
            components.get(i).process(d);
            nanos.addAndGet(i, System.nanoTime() - t0);
        }
        return d.facts();
    }

    /** The names of the components that run, in order. */
    public List<String> names() {
        return components.stream().map(Component::name).toList();
    }

    /** Milliseconds each component has taken so far, summed over all articles, in pipeline order. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos().forEach((name, ns) -> out.put(name, ns / 1_000_000));
        return out;
    }

    /**
     * Nanoseconds each component has taken so far, summed over all articles and threads, in
     * pipeline order. The pipeline outlives a build: two snapshots give one build's share.
     */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < components.size(); i++) {
            out.put(components.get(i).name(), nanos.get(i));
        }
        return out;
    }

    /** A copy of this pipeline's component list (for tests that run a prefix of it). */
    List<Component> components() {
        return new ArrayList<>(components);
    }
}
