package io.breadthflow.app.infra;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of each kind of node: this JVM's {@code java} with this process's class path
 * (BreadthFlow's own artifact holds Kafka's server, Flink's runtime and the API server), each with
 * the memory Flink's and Kafka's start scripts would give it.
 */
final class NodeCommands {
  /**
   * A TaskManager's memory as Flink's start scripts compute it for a 1.2 GB process ({@code
   * BashJavaUtils GET_TM_RESOURCE_PARAMS}): the JVM options and the matching dynamic properties.
   */
  private static final List<String> TASK_MANAGER_JVM =
      List.of("-Xmx512m", "-Xms512m", "-XX:MaxDirectMemorySize=256m", "-XX:MaxMetaspaceSize=256m");

  private static final List<String> TASK_MANAGER_MEMORY =
      List.of(
          "taskmanager.cpu.cores=1.0",
          "taskmanager.memory.framework.heap.size=128m",
          "taskmanager.memory.task.heap.size=384m",
          "taskmanager.memory.managed.size=128m",
          "taskmanager.memory.network.min=64m",
          "taskmanager.memory.network.max=64m",
          "taskmanager.memory.framework.off-heap.size=128m",
          "taskmanager.memory.task.off-heap.size=0m",
          "taskmanager.memory.jvm-metaspace.size=256m",
          "taskmanager.memory.jvm-overhead.min=192m",
          "taskmanager.memory.jvm-overhead.max=192m");

  private final InfraLayout layout;
  private final InfraStart.ApiServerLaunch api;
  private final String java;
  private final String classPath;

  NodeCommands(InfraLayout layout, InfraStart.ApiServerLaunch api) {
    this.layout = layout;
    this.api = api;
    this.java = ProcessHandle.current().info().command().orElse("java");
    // absolute: the nodes run in the cluster's folder
    this.classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator));
  }

  List<String> kafka(int node) {
    return jvm(
        List.of("-Xmx512m", "-Xms256m"),
        "kafka.Kafka",
        List.of(ClusterFiles.kafkaProperties(layout, node).toString()));
  }

  List<String> jobManager() {
    return jvm(
        List.of("-Xmx512m", "-Xms512m", "-XX:MaxMetaspaceSize=256m"),
        "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
        List.of("--configDir", ClusterFiles.flinkConf(layout).toString()));
  }

  List<String> taskManager(String name) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--configDir");
    arguments.add(ClusterFiles.flinkConf(layout).toString());
    arguments.add("-D");
    arguments.add("taskmanager.resource-id=" + name);
    for (String option : TASK_MANAGER_MEMORY) {
      arguments.add("-D");
      arguments.add(option);
    }
    return jvm(
        TASK_MANAGER_JVM, "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", arguments);
  }

  List<String> apiServer(int port) {
    List<String> arguments = new ArrayList<>(api.arguments());
    arguments.addAll(List.of("--port", String.valueOf(port)));
    return jvm(List.of("-Xmx512m"), api.mainClass(), arguments);
  }

  private List<String> jvm(List<String> options, String mainClass, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    command.add("-Dlogback.configurationFile=" + ClusterFiles.logback(layout));
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(arguments);
    return command;
  }
}
