package io.breadthflow.cli.infra;

import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.infra.InfraLayout;
import io.breadthflow.app.infra.InfraStart;
import io.breadthflow.cli.Main;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the local cluster lives: {@code --home} and {@code --port-base}. */
public final class InfraOptions {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "The cluster's configuration, data, logs and pids (default ./data/infra).")
  private Path home = InfraLayout.DEFAULT_HOME;

  @Option(
      names = "--port-base",
      paramLabel = "PORT",
      description =
          "Base of the cluster's ports: API servers +80/+81, Flink UI +88, Kafka +92..+94"
              + " (default ${DEFAULT-VALUE}).",
      defaultValue = "18000")
  private int portBase;

  /** The cluster's folder and ports. */
  public InfraLayout layout() {
    return new InfraLayout(home, portBase);
  }

  /** What starting the cluster needs, from {@code configuration} (store, Redis, JWT secret). */
  public InfraStart start(Configuration configuration) {
    return new InfraStart(
        layout(),
        configuration.store(),
        configuration.value("BF_REDIS_URL").orElse(InfraStart.DEFAULT_REDIS),
        configuration.value("BF_JWT_SECRET"),
        new InfraStart.ApiServerLaunch(Main.class.getName(), List.of("serve")));
  }
}
