package io.breadthflow.cli.bench;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.cli.Folders;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.ApiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * A server for load benchmarks: a temporary DuckDB store holding two simulated years of the {@code
 * sp100} universe, served with a limit no load reaches on a free port. Deleted on close.
 */
final class BenchServer implements AutoCloseable {
  private final Path dir;
  private final Application application;
  private final ApiServer server;

  BenchServer(LocalDate lastSession) throws IOException {
    dir = Files.createTempDirectory("bf-bench-server");
    application =
        Application.open(
            Configuration.of(Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("bench.duckdb"))));
    application
        .fetch()
        .fetch(
            FetchRequest.daily(
                Universes.sp100(),
                new DateRange(lastSession.minusYears(2), lastSession),
                new SourceChoice(Provider.SIM, 7)),
            Progress.SILENT);
    server =
        ApiServer.start(
            application,
            ServerConfig.on(0, JwtSecret.generated())
                .withHost("127.0.0.1")
                .withRateLimit(1_000_000));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  ApiServer server() {
    return server;
  }

  @Override
  public void close() throws IOException {
    server.close();
    application.close();
    Folders.deleteRecursively(dir);
  }
}
