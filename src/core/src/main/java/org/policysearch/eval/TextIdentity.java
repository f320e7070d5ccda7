package org.policysearch.eval;

import java.util.function.BiPredicate;

/**
 * When two chunks count as one text, for the figures that count each text once: those that read the
 * same, or also those that read nearly the same.
 *
 * @param description what counts as one text, as the figures' heading says it
 * @param same whether two chunks (by id) count as one text
 */
public record TextIdentity(String description, BiPredicate<String, String> same) {}
