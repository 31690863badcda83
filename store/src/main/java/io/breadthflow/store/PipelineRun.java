package io.breadthflow.store;

import java.time.Instant;

/**
 * One recorded execution of a command.
 *
 * @param id run id
 * @param command command name, e.g. {@code data import}
 * @param parameters the parameters as given
 * @param status lifecycle state
 * @param started start (UTC)
 * @param finished end (UTC), null while running
 * @param durationMillis wall time, -1 while running
 * @param error one-line error of a failed run, empty otherwise
 * @param counts what the run processed, as JSON, empty while running
 * @param output captured output of a run started through the command API, empty otherwise
 * @param owner the process that started it ({@code host/pid/start}), empty when unknown
 */
public record PipelineRun(
    long id,
    String command,
    String parameters,
    RunStatus status,
    Instant started,
    Instant finished,
    long durationMillis,
    String error,
    String counts,
    String output,
    String owner) {}
