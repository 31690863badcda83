package io.breadthflow.app.rules;

import io.breadthflow.core.rule.RuleFiring;

/**
 * What a rule's test sent.
 *
 * @param firing the test firing (its bar time is the time of the test, so its key is new)
 * @param notifications notifications enqueued (one per channel)
 */
public record RuleTestReport(RuleFiring firing, long notifications) {}
