/**
 * The application layer: one service per use case, each taking a request record and returning a
 * result record; every entry point (the {@code bf} CLI, the HTTP API, the demo, the cluster job)
 * calls these and nothing else implements them. Knows neither picocli nor Javalin.
 */
package io.breadthflow.app;
