package org.diplomacykg.reconcile;

import java.util.List;
import java.util.Map;

/**
 * Reports that disagree on one attribute of a fact: each distinct value with the articles
 * stating it. {@code chosen} is the value shown by default (the best-supported one).
 */
public record Conflict(String attribute, Map<String, List<String>> valuesByArticle, String chosen) {
}
