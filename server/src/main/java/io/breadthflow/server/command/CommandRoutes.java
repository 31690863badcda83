package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.Role;
import io.breadthflow.store.RunStatus;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The command API, {@code POST /execute {"command": …, "parameters": {…}}}: admin only, whitelisted
 * commands with validated parameters ({@link CommandCatalog}), run in-process in the background as
 * a recorded pipeline run whose output is readable at {@code /api/runs/{id}} and pushed on the
 * {@code runs} live channel.
 */
public final class CommandRoutes {
  private final MarketStore store;
  private final AuthRoutes auth;
  private final CommandExecutor executor;
  private final String storeUrl;
  private final ExecutorService workers;
  private final RunOutputs outputs;
  private final LiveHub live;
  private final Clock clock;

  public CommandRoutes(
      MarketStore store,
      AuthRoutes auth,
      CommandExecutor executor,
      String storeUrl,
      ExecutorService workers,
      RunOutputs outputs,
      LiveHub live,
      Clock clock) {
    this.store = store;
    this.auth = auth;
    this.executor = executor;
    this.storeUrl = storeUrl;
    this.workers = workers;
    this.outputs = outputs;
    this.live = live;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.post(
            "/execute", "Run a whitelisted command (admin); 202 with its run id", this::execute),
        Route.get(
            "/api/commands",
            "The whitelisted commands",
            ctx -> ctx.json(Map.of("commands", CommandCatalog.names()))));
  }

  private void execute(Context ctx) {
    auth.require(ctx, Role.ADMIN);
    JsonNode body = RequestBodies.object(ctx);
    String command = body.path("command").asText("");
    List<List<String>> lines =
        CommandCatalog.commandLines(
            command,
            body.get("parameters"),
            LocalDate.now(clock.withZone(ZoneId.of("America/New_York"))));
    if (executor == null) {
      throw new ApiException(503, "this server runs no commands");
    }
    long run = store.startRun("execute " + command, body.path("parameters").toString());
    StringBuffer output = outputs.open(run);
    workers.execute(() -> runAll(run, lines, output));
    ctx.status(202).json(Map.of("id", run, "status", RunStatus.RUNNING.name()));
  }

  private void runAll(long run, List<List<String>> lines, StringBuffer output) {
    int exit = 0;
    try (PrintWriter out = new PrintWriter(new LineSink(run, output), true)) {
      for (List<String> line : lines) {
        List<String> argv = new java.util.ArrayList<>(line);
        argv.addAll(List.of("--store", storeUrl));
        out.println("$ bf " + String.join(" ", line));
        exit = executor.execute(argv, out);
        if (exit != 0) {
          break;
        }
      }
    } catch (RuntimeException e) {
      output.append("failed: ").append(e.getMessage()).append('\n');
      exit = 1;
    } finally {
      store.saveRunOutput(run, output.toString());
      store.finishRun(
          run,
          exit == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED,
          exit == 0 ? "" : "exit code " + exit,
          "{\"exit\":" + exit + "}");
      outputs.close(run);
      live.publish(
          new LiveEvent(
              "runs", "", Map.of("id", run, "status", exit == 0 ? "SUCCEEDED" : "FAILED")));
    }
  }

  /** Collects the output and pushes each complete line on the {@code runs} channel. */
  private final class LineSink extends Writer {
    private final long run;
    private final StringBuffer output;
    private final StringBuilder line = new StringBuilder();

    LineSink(long run, StringBuffer output) {
      this.run = run;
      this.output = output;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      output.append(chars, offset, length);
      for (int i = offset; i < offset + length; i++) {
        if (chars[i] == '\n') {
          live.publish(new LiveEvent("runs", "", Map.of("id", run, "line", line.toString())));
          line.setLength(0);
        } else {
          line.append(chars[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
