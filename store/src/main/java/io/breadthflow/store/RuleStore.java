package io.breadthflow.store;

/** Users' personal alert rules. Implementations are thread-safe. */
public interface RuleStore {}
