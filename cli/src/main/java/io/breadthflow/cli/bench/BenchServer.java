package io.breadthflow.cli.bench;

import io.breadthflow.cli.Folders;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.ServerSettings;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A server for load benchmarks: a temporary DuckDB store holding two simulated years of the {@code
 * sp100} universe, served without a rate limit on a free port. Deleted on close.
 */
final class BenchServer implements AutoCloseable {
  private final Path dir;
  private final MarketStore store;
  private final ApiServer server;

  BenchServer(LocalDate lastSession) throws IOException {
    dir = Files.createTempDirectory("bf-bench-server");
    store =
        MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("bench.duckdb"), "", ""));
    Universe universe = Universes.load("sp100");
    List<Bar> bars = new ArrayList<>();
    new MarketSimulator(7)
        .dailyBars(universe.members(), lastSession.minusYears(2), lastSession)
        .values()
        .forEach(bars::addAll);
    store.upsertBars(bars);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    server =
        ApiServer.start(
            store, new ServerSettings(0, Integer.MAX_VALUE, 1 << 20, secret, 4), Clock.systemUTC());
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
    store.close();
    Folders.deleteRecursively(dir);
  }
}
