package io.breadthflow.app.run;

/**
 * A use case's result with the id of the run that recorded it.
 *
 * @param runId the pipeline run
 * @param result the result
 */
public record Recorded<R>(long runId, R result) {}
