package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.Role;
import io.breadthflow.store.RunStatus;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The command API, {@code POST /execute {"command": …, "parameters": {…}}}: admin only, whitelisted
 * commands whose parameters become the use cases' request records ({@link CommandCatalog}), run in
 * the background on the admin executor as a recorded {@code execute NAME} run whose output is
 * readable at {@code /api/runs/{id}} and pushed on the {@code runs} live channel. Each use case the
 * command calls records its own run as well.
 */
public final class CommandRoutes {
  private final Application app;
  private final AuthRoutes auth;
  private final Executor admin;
  private final RunOutputs outputs;
  private final LiveHub live;

  public CommandRoutes(
      Application app, AuthRoutes auth, Executor admin, RunOutputs outputs, LiveHub live) {
    this.app = app;
    this.auth = auth;
    this.admin = admin;
    this.outputs = outputs;
    this.live = live;
  }

  public List<Route> routes() {
    return List.of(
        Route.post(
            "/execute", "Run a whitelisted command (admin); 202 with its run id", this::execute),
        Route.get(
            "/api/commands",
            "The whitelisted commands",
            ctx ->
                ctx.json(
                    Map.of(
                        "commands",
                        CommandCatalog.names(),
                        "flows",
                        CommandCatalog.flows(),
                        "examples",
                        CommandCatalog.examples(today())))));
  }

  private void execute(Context ctx) {
    auth.require(ctx, Role.ADMIN);
    JsonNode body = RequestBodies.object(ctx);
    String name = body.path("command").asText("");
    JsonNode parameters = body.get("parameters");
    CommandCatalog.Task task = CommandCatalog.task(name, parameters, today(), app);
    StringBuffer output = new StringBuffer();
    long run;
    try {
      run =
          app.runs()
              .submit(
                  new ExecuteRequest(name, parameters),
                  admin,
                  id -> execute(id, name, task, output),
                  this::publishEnd);
    } catch (RejectedExecutionException e) {
      throw UseCaseException.tooMany(
          "the command queue is full; retry later", Duration.ofSeconds(10));
    }
    ctx.status(202).json(Map.of("id", run, "status", RunStatus.RUNNING.name()));
  }

  /** Runs {@code task} as run {@code id}: its output readable and pushed while it goes. */
  private ExecuteOutcome execute(
      long id, String name, CommandCatalog.Task task, StringBuffer output) throws Exception {
    outputs.open(id, output);
    RunOutput lines = new RunOutput(id, output, live);
    try {
      lines.line("$ " + name);
      lines.line(Json.write(task.run(lines)));
      return new ExecuteOutcome();
    } catch (UseCaseException e) {
      lines.line("failed: " + e.getMessage());
      throw e;
    } catch (Exception | Error e) {
      lines.line("failed: unexpected failure (see the server log of run " + id + ")");
      throw e;
    } finally {
      app.runs().saveOutput(id, output.toString());
      outputs.close(id);
    }
  }

  /** Tells the runs channel how a run ended, once its record says so. */
  private void publishEnd(long id, ExecuteOutcome outcome) {
    live.publish(
        new LiveEvent(
            "runs", "", Map.of("id", id, "status", outcome != null ? "SUCCEEDED" : "FAILED")));
  }

  private LocalDate today() {
    return LocalDate.now(app.clock().withZone(NyseCalendar.ZONE));
  }
}
