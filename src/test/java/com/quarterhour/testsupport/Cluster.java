package com.quarterhour.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal as a cluster for the fail-over test: two nodes and HAProxy, driven through the same
 * script as ./run.sh --cluster (src/main/scripts/cluster.sh), on the test database and the Keycloak
 * the build started. The script's output goes to target/cluster-script.log.
 */
public final class Cluster implements AutoCloseable {

  private static final Path LOG = Path.of("target", "cluster-script.log");
  private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private Cluster() {}

  /** Fresh node directories from target/server, both nodes up, the balancer on 8080. */
  public static Cluster start() throws IOException, InterruptedException {
    Cluster cluster = new Cluster();
    cluster.script("start");
    return cluster;
  }

  /** SIGKILL the node's JVM: no shutdown, no goodbye to the other node, as in a crash. */
  public void kill(int node) throws IOException, InterruptedException {
    script("kill", String.valueOf(node));
  }

  /** Starts the node again and waits until it answers. */
  public void startNode(int node) throws IOException, InterruptedException {
    script("start-node", String.valueOf(node));
  }

  /** Stops the node gracefully (the balancer sees it go within two seconds). */
  public void stopNode(int node) throws IOException, InterruptedException {
    script("stop-node", String.valueOf(node));
  }

  /** Confines the node's JVM to the given CPUs ("0", "0-1"): a node per core on this one host. */
  public void pin(int node, String cpus) throws IOException, InterruptedException {
    script("pin", String.valueOf(node), cpus);
  }

  /** The node's JVM, the process whose command line names jboss-modules.jar and the node. */
  public Optional<ProcessHandle> jvm(int node) {
    return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
        .filter(c -> c.contains("jboss-modules.jar") && c.contains("-Djboss.node.name=node" + node + " ")).isPresent())
        .findFirst();
  }

  /** Resident memory of the node's JVM and its heap in use after a full GC, in MB, as text. */
  public String memory(int node) throws IOException, InterruptedException {
    ProcessHandle jvm = jvm(node).orElseThrow(() -> new IllegalStateException("node" + node + " is not running"));
    long rssKb = Files.readAllLines(Path.of("/proc", String.valueOf(jvm.pid()), "status")).stream()
        .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
    run(List.of(jcmd(), String.valueOf(jvm.pid()), "GC.run"));
    String heap = run(List.of(jcmd(), String.valueOf(jvm.pid()), "GC.heap_info"));
    Matcher m = HEAP_USED.matcher(heap);
    String used = m.find() ? String.format("%d MB heap in use after GC (of %d MB committed)",
        Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024) : "heap unknown";
    return String.format("%d MB resident, %s", rssKb / 1024, used);
  }

  private static String jcmd() {
    return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("stop");
  }

  private void script(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "src/main/scripts/cluster.sh"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
    Map<String, String> env = builder.environment();
    // The nodes share the test database; failsafe passes its POSTGRESQL_* settings to this JVM.
    env.put("QH_DB", "postgresql");
    env.putIfAbsent("QH_DEMO_DATA", "true");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("cluster.sh " + String.join(" ", args) + " did not finish; see " + LOG);
    }
    if (process.exitValue() != 0) {
      throw new IOException("cluster.sh " + String.join(" ", args) + " failed (" + process.exitValue() + "); see " + LOG);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(new File("/dev/null")).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }
}
