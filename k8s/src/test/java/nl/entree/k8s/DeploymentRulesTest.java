package nl.entree.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The rules every deployable kustomization (base and each overlay) must keep, checked on what it renders. */
class DeploymentRulesTest {

    /** Signs service tokens (role service): the services that call other services, and no one else. */
    private static final String SERVICE_KEYS = "entree-service-keys";
    /** Signs front-door tokens (role public): help, and no one else. */
    private static final String FRONT_DOOR_KEYS = "entree-front-door-keys";

    static List<Manifests> rendered() {
        return K8s.kustomizations().stream().map(Manifests::render).toList();
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void deploysTheServicesWebAndHelp(Manifests manifests) {
        assertEquals(Set.copyOf(K8s.MODULES),
                Set.copyOf(manifests.deployments().stream().map(d -> d.getMetadata().getName()).toList()));
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyDeploymentHasTheThreeProbes(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            for (Container container : containers(deployment)) {
                String where = manifests + " " + deployment.getMetadata().getName();
                assertProbe(where + " liveness", container.getLivenessProbe(), "/q/health/live", container);
                assertProbe(where + " readiness", container.getReadinessProbe(), "/q/health/ready", container);
                assertProbe(where + " startup", container.getStartupProbe(), "/q/health/started", container);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyDeploymentHasResourceRequestsAndLimits(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            for (Container container : containers(deployment)) {
                String where = manifests + " " + deployment.getMetadata().getName();
                assertNotNull(container.getResources(), where + " has no resources");
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                for (String resource : List.of("cpu", "memory")) {
                    assertTrue(requests != null && requests.containsKey(resource), where + " requests no " + resource);
                    assertTrue(limits != null && limits.containsKey(resource),
                            where + " has no " + resource + " limit");
                    BigDecimal request = requests.get(resource).getNumericalAmount();
                    BigDecimal limit = limits.get(resource).getNumericalAmount();
                    assertTrue(request.compareTo(limit) <= 0, where + ": " + resource + " request above its limit");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyDeploymentRunsAsNonRootWithAReadOnlyRootFilesystem(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            String where = manifests + " " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            for (Container container : containers(deployment)) {
                SecurityContext context = container.getSecurityContext();
                assertNotNull(context, where + " has no container security context");
                boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                        || context.getRunAsNonRoot() == null && podContext != null
                                && Boolean.TRUE.equals(podContext.getRunAsNonRoot());
                assertTrue(nonRoot, where + " may run as root");
                Long user = context.getRunAsUser() != null ? context.getRunAsUser()
                        : podContext == null ? null : podContext.getRunAsUser();
                assertTrue(user == null || user != 0, where + " runs as uid 0");
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + " root filesystem is writable");
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), where + " may escalate privileges");
                assertFalse(Boolean.TRUE.equals(context.getPrivileged()), where + " is privileged");
                assertTrue(context.getCapabilities() != null && context.getCapabilities().getDrop().contains("ALL"),
                        where + " keeps Linux capabilities");
                assertTrue(writableEmptyDir(pod, container, "/tmp"),
                        where + " has no writable emptyDir at /tmp, which Quarkus needs with a read-only root");
                assertTrue(emptyDirAt(pod, container, "/tmp").map(dir -> dir.getSizeLimit() != null).orElse(false),
                        where + " has no sizeLimit on /tmp, so a pod writing there could fill the node's disk");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyServicePortMatchesAContainerPort(Manifests manifests) {
        assertFalse(manifests.services().isEmpty());
        for (Service service : manifests.services()) {
            String where = manifests + " Service " + service.getMetadata().getName();
            List<Deployment> selected = manifests.deployments().stream()
                    .filter(d -> selectsPod(service, d))
                    .toList();
            assertFalse(selected.isEmpty(), where + " selects no pods");
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort()
                        : new IntOrString(port.getPort());
                for (Deployment deployment : selected) {
                    boolean matched = containers(deployment).stream()
                            .flatMap(c -> c.getPorts().stream())
                            .anyMatch(p -> matches(target, p)
                                    && protocol(p.getProtocol()).equals(protocol(port.getProtocol())));
                    assertTrue(matched, where + " port " + port.getPort() + " -> " + target.getValue()
                            + " matches no container port of " + deployment.getMetadata().getName());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyConfigMapAndSecretADeploymentReadsExists(Manifests manifests) {
        Map<String, ConfigMap> configMaps = manifests.configMaps();
        Map<String, Secret> secrets = manifests.secrets();
        for (Deployment deployment : manifests.deployments()) {
            String where = manifests + " " + deployment.getMetadata().getName();
            for (Container container : containers(deployment)) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        assertTrue(configMaps.containsKey(source.getConfigMapRef().getName()),
                                where + " reads missing ConfigMap " + source.getConfigMapRef().getName());
                    }
                    if (source.getSecretRef() != null) {
                        assertTrue(secrets.containsKey(source.getSecretRef().getName()),
                                where + " reads missing Secret " + source.getSecretRef().getName());
                    }
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        var ref = env.getValueFrom().getSecretKeyRef();
                        Secret secret = secrets.get(ref.getName());
                        assertNotNull(secret, where + " reads missing Secret " + ref.getName());
                        assertTrue(secret.getStringData().containsKey(ref.getKey()),
                                where + " reads missing key " + ref.getKey() + " of Secret " + ref.getName());
                    }
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    assertTrue(secrets.containsKey(volume.getSecret().getSecretName()),
                            where + " mounts missing Secret " + volume.getSecret().getSecretName());
                }
                if (volume.getConfigMap() != null) {
                    assertTrue(configMaps.containsKey(volume.getConfigMap().getName()),
                            where + " mounts missing ConfigMap " + volume.getConfigMap().getName());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyServiceUrlPointsAtAServicePort(Manifests manifests) {
        int urls = 0;
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            for (Map.Entry<String, String> entry : configMap.getData().entrySet()) {
                if (!entry.getKey().startsWith("ENTREE_") || !entry.getKey().endsWith("_URL")) {
                    continue;
                }
                URI uri = URI.create(entry.getValue());
                // A fully qualified host is outside the suite (web's identity provider); the suite's own calls go
                // to a Service by its short name.
                if (uri.getHost().contains(".")) {
                    continue;
                }
                urls++;
                int port = uri.getPort() == -1 ? 80 : uri.getPort();
                Service service = manifests.services().stream()
                        .filter(s -> s.getMetadata().getName().equals(uri.getHost()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(entry + ": no Service " + uri.getHost()));
                assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port),
                        entry + ": Service " + uri.getHost() + " has no port " + port);
            }
        }
        assertTrue(urls >= 2, "ENTREE_TRIAGE_URL and ENTREE_CAPACITY_URL are configured");
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyServiceHasItsOwnDatabaseOnTheClusterPrimary(Manifests manifests) {
        GenericKubernetesResource cluster = single(manifests.custom("Cluster"), manifests + " Cluster");
        JsonNode spec = Manifests.tree(cluster).path("spec");
        assertEquals(3, spec.path("instances").asInt(), "PostgreSQL runs as three instances");
        String clusterName = cluster.getMetadata().getName();

        Map<String, String> ownerByDatabase = new java.util.HashMap<>();
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        ownerByDatabase.put(initdb.path("database").asText(), initdb.path("owner").asText());
        for (GenericKubernetesResource database : manifests.custom("Database")) {
            JsonNode databaseSpec = Manifests.tree(database).path("spec");
            assertEquals(clusterName, databaseSpec.path("cluster").path("name").asText());
            ownerByDatabase.put(databaseSpec.path("name").asText(), databaseSpec.path("owner").asText());
        }

        Set<String> used = new HashSet<>();
        for (Deployment deployment : withDatabase(manifests)) {
            String service = deployment.getMetadata().getName();
            String url = manifests.env(deployment, "QUARKUS_DATASOURCE_JDBC_URL");
            assertNotNull(url, service + " has no QUARKUS_DATASOURCE_JDBC_URL");
            URI uri = URI.create(url.substring("jdbc:".length()));
            assertEquals(clusterName + "-rw", uri.getHost(), service + " must write to the primary");
            String database = uri.getPath().substring(1);
            assertTrue(ownerByDatabase.containsKey(database), service + ": database " + database + " is never created");
            assertTrue(used.add(database), "two services share the database " + database);

            EnvVar username = containers(deployment).get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_USERNAME"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service + " has no QUARKUS_DATASOURCE_USERNAME"));
            Secret credentials = manifests.secrets().get(username.getValueFrom().getSecretKeyRef().getName());
            assertEquals(ownerByDatabase.get(database), credentials.getStringData().get("username"),
                    service + " logs in as another role than the owner of its database");
        }
    }

    /** PostgreSQL's own log leaves out an error's detail, which quotes the row: a name, a summary, a question. */
    @ParameterizedTest
    @MethodSource("rendered")
    void theDatabaseLogsNoRowAnErrorQuotes(Manifests manifests) {
        GenericKubernetesResource cluster = single(manifests.custom("Cluster"), manifests + " Cluster");
        assertEquals("terse", Manifests.tree(cluster).path("spec").path("postgresql").path("parameters")
                .path("log_error_verbosity").asText(), manifests + " Cluster");
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void theAutoscalersCannotExhaustTheDatabaseConnections(Manifests manifests) {
        GenericKubernetesResource cluster = single(manifests.custom("Cluster"), manifests + " Cluster");
        int maxConnections = Manifests.tree(cluster).path("spec").path("postgresql").path("parameters")
                .path("max_connections").asInt(100);
        int needed = 0;
        for (Deployment deployment : withDatabase(manifests)) {
            HorizontalPodAutoscaler autoscaler = autoscalerOf(manifests, deployment);
            String override = manifests.env(deployment, "QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            int poolSize = override != null ? Integer.parseInt(override) : poolSize(deployment.getMetadata().getName());
            // A rolling update starts new pods beside the old ones (its surge), and a replacement for each pod it
            // stops while that pod still drains for up to its shutdown delay and timeout: every service at once
            // after a rollout restart (key rotation), each pod with a pool of its own.
            int maxReplicas = autoscaler.getSpec().getMaxReplicas();
            Rollout rollout = rollout(deployment, maxReplicas);
            needed += (maxReplicas + rollout.surge() + rollout.unavailable()) * poolSize;
        }
        // Room for the operator, replication and an administrator's session.
        int reserve = 10;
        assertTrue(needed <= maxConnections - reserve, manifests + ": at maximum scale, mid-rollout, the services open "
                + needed + " connections, max_connections is " + maxConnections);
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void aRolloutKeepsEveryDeploymentServing(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            int minReplicas = autoscalerOf(manifests, deployment).getSpec().getMinReplicas();
            assertTrue(rollout(deployment, minReplicas).unavailable() < minReplicas, manifests + " "
                    + deployment.getMetadata().getName() + ": a rollout at minimum scale would stop every pod");
        }
    }

    /**
     * Quarkus stops taking requests the moment it shuts down, while the ingress controller and kube-proxy still send
     * some for a few seconds: the pod must keep serving through the delay while it reports itself not ready, and
     * then finish before the kubelet kills it.
     */
    @ParameterizedTest
    @MethodSource("rendered")
    void everyPodKeepsServingUntilTrafficHasMovedAndStopsWithinItsGracePeriod(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            String name = deployment.getMetadata().getName();
            String where = manifests + " " + name;
            assertEquals("true", K8s.property(name, "quarkus.shutdown.delay-enabled"),
                    where + ": without the build-time switch Quarkus ignores QUARKUS_SHUTDOWN_DELAY");
            String delay = manifests.env(deployment, "QUARKUS_SHUTDOWN_DELAY");
            assertNotNull(delay, where + " refuses requests the moment it is told to stop");
            assertFalse(duration(delay).isZero() || duration(delay).isNegative(),
                    where + ": a shutdown delay of " + delay + " waits for nothing");
            String timeoutOverride = manifests.env(deployment, "QUARKUS_SHUTDOWN_TIMEOUT");
            String timeout = timeoutOverride != null ? timeoutOverride : K8s.property(name, "quarkus.shutdown.timeout");
            assertNotNull(timeout, where + ": requests in flight are cut off at once");
            Long configured = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            // Kubernetes' default when the pod sets none.
            long grace = configured == null ? 30 : configured;
            assertTrue(duration(delay).plus(duration(timeout)).toSeconds() < grace, where + ": a delay of " + delay
                    + " and a timeout of " + timeout + " outlast the " + grace + " s grace period");
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyDeploymentSpreadsItsPodsOverNodes(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            String where = manifests + " " + deployment.getMetadata().getName();
            Map<String, String> own = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<TopologySpreadConstraint> byNode = deployment.getSpec().getTemplate().getSpec()
                    .getTopologySpreadConstraints().stream()
                    .filter(c -> c.getTopologyKey().equals("kubernetes.io/hostname"))
                    .toList();
            TopologySpreadConstraint constraint = single(byNode, where + " spread over nodes");
            assertEquals(1, constraint.getMaxSkew(), where + ": pods may pile up on one node");
            for (Deployment other : manifests.deployments()) {
                Map<String, String> labels = other.getSpec().getTemplate().getMetadata().getLabels();
                boolean counted = Manifests.selects(constraint.getLabelSelector(), labels)
                        && constraint.getMatchLabelKeys().stream().allMatch(k -> Objects.equals(own.get(k),
                                labels.get(k)));
                assertEquals(other == deployment, counted, where + " spreads counting the pods of "
                        + other.getMetadata().getName());
            }
            // Base also runs on a one-node test cluster; an overlay is a real cluster that must survive a node loss.
            if (!manifests.isBase()) {
                assertEquals("DoNotSchedule", constraint.getWhenUnsatisfiable(),
                        where + " only prefers to spread its pods over nodes");
                assertEquals("Honor", constraint.getNodeTaintsPolicy(),
                        where + ": a cordoned or lost node counts as empty and keeps replacement pods Pending");
                int minReplicas = autoscalerOf(manifests, deployment).getSpec().getMinReplicas();
                assertEquals(minReplicas, constraint.getMinDomains(),
                        where + ": with fewer nodes than pods, maxSkew alone lets two pods share one");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void theDatabaseInstancesRunOnDifferentNodes(Manifests manifests) {
        GenericKubernetesResource cluster = single(manifests.custom("Cluster"), manifests + " Cluster");
        JsonNode affinity = Manifests.tree(cluster).path("spec").path("affinity");
        assertTrue(affinity.path("enablePodAntiAffinity").asBoolean(), manifests + ": instances may share a node");
        assertEquals("kubernetes.io/hostname", affinity.path("topologyKey").asText(), manifests + " Cluster");
        if (!manifests.isBase()) {
            assertEquals("required", affinity.path("podAntiAffinityType").asText("preferred"),
                    manifests + ": with preferred anti-affinity one node loss may take the primary and a replica");
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(Manifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            String where = manifests + " " + deployment.getMetadata().getName();
            HorizontalPodAutoscaler autoscaler = autoscalerOf(manifests, deployment);
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, where + ": one pod is a single point of failure");
            assertTrue(autoscaler.getSpec().getMaxReplicas() >= autoscaler.getSpec().getMinReplicas());
            assertTrue(autoscaler.getSpec().getMetrics().stream()
                    .anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu")),
                    where + " does not scale on CPU");
            assertEquals(null, deployment.getSpec().getReplicas(),
                    where + ": a fixed replica count fights the autoscaler on every apply");

            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = manifests.disruptionBudgets().stream()
                    .filter(b -> Manifests.selects(b.getSpec().getSelector(), podLabels))
                    .toList();
            PodDisruptionBudget budget = single(budgets, where + " PodDisruptionBudget");
            // A minimum cannot follow the autoscaler: minAvailable 1 lets a drain evict all pods but one.
            assertEquals(null, budget.getSpec().getMinAvailable(),
                    where + ": minAvailable lets a drain evict every pod above that number at once");
            assertEquals(new IntOrString(1), budget.getSpec().getMaxUnavailable(),
                    where + ": a drain must evict one pod at a time, and still be able to evict one");
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void webHasNoDatabaseLoginAndNoServiceKey(Manifests manifests) {
        Deployment web = deployment(manifests, "web");
        assertEquals(null, manifests.env(web, "QUARKUS_DATASOURCE_JDBC_URL"), "web has no database");
        assertTrue(noDatabaseLogin(web), "web has no database login");
        assertFalse(secretsRead(web).contains(SERVICE_KEYS),
                "web cannot sign service tokens: it calls the services with the user's own token");
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void onlyWebAndHelpFaceTheInternetEachThroughATlsIngressOfItsOwn(Manifests manifests) {
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertEquals(K8s.EXPOSED.stream().sorted().toList(),
                ingresses.stream().map(i -> i.getMetadata().getName()).sorted().toList(),
                manifests + ": web and help, one Ingress each, are all that is exposed");
        Set<String> hosts = new HashSet<>();
        for (Ingress ingress : ingresses) {
            String name = ingress.getMetadata().getName();
            String where = manifests + " Ingress " + name;
            assertEquals(null, ingress.getSpec().getDefaultBackend(), where + " has a default backend");
            assertFalse(ingress.getSpec().getRules().isEmpty(), where + " has no rules");
            for (var rule : ingress.getSpec().getRules()) {
                String host = rule.getHost();
                assertNotNull(host, where + " names its host");
                assertTrue(hosts.add(host), where + ": " + host + " is also another Ingress's host");
                assertTrue(ingress.getSpec().getTls().stream().anyMatch(tls -> tls.getHosts().contains(host)
                        && tls.getSecretName() != null), where + ": " + host + " is served over TLS");
                rule.getHttp().getPaths().forEach(path -> assertEquals(name,
                        path.getBackend().getService().getName(), where + " leads only to its own Service"));
            }
            Service service = manifests.services().stream().filter(s -> s.getMetadata().getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": no Service " + name));
            List<String> selected = manifests.deployments().stream().filter(d -> selectsPod(service, d))
                    .map(d -> d.getMetadata().getName()).toList();
            assertEquals(List.of(name), selected, where + ": Service " + name + " selects only " + name);
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void whereWebSignsInAtARealProviderSigningOutComesBackToWebsOwnHost(Manifests manifests) {
        Map<String, String> web = manifests.configMap("web-config").orElseThrow().getData();
        if (web.get("ENTREE_OIDC_AUTH_SERVER_URL").contains(".invalid/")) {
            return;
        }
        String host = manifests.all(Ingress.class).stream().filter(i -> i.getMetadata().getName().equals("web"))
                .findFirst().orElseThrow().getSpec().getRules().get(0).getHost();
        assertEquals("https://" + host + "/sign-in", web.get("ENTREE_OIDC_POST_LOGOUT_URL"),
                manifests + ": after signing out the provider sends people back to web's sign-in page");
    }

    /**
     * A Deployment reads entree-config and its own ConfigMap and Secret as envFrom sources, in an order the generator
     * takes from a hash: for a name in more than one, which value wins is chance. A shared setting is set once.
     */
    @ParameterizedTest
    @MethodSource("rendered")
    void noServiceGivesASharedSettingAValueOfItsOwn(Manifests manifests) {
        Map<String, ConfigMap> configMaps = manifests.configMaps();
        Map<String, Secret> secrets = manifests.secrets();
        for (Deployment deployment : manifests.deployments()) {
            Map<String, String> seen = new HashMap<>();
            for (Container container : containers(deployment)) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    Map<String, String> values = source.getConfigMapRef() != null
                            ? configMaps.get(source.getConfigMapRef().getName()).getData()
                            : secrets.get(source.getSecretRef().getName()).getStringData();
                    values.forEach((name, value) -> {
                        String before = seen.putIfAbsent(name, value);
                        assertTrue(before == null || before.equals(value), manifests + " "
                                + deployment.getMetadata().getName() + ": " + name + " has two values in its sources");
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void helpHasNoDatabaseLoginNoServiceKeyAndAloneHoldsTheFrontDoorKey(Manifests manifests) {
        Deployment help = deployment(manifests, "help");
        assertEquals(null, manifests.env(help, "QUARKUS_DATASOURCE_JDBC_URL"), "help has no database");
        assertTrue(noDatabaseLogin(help), "help has no database login");
        assertFalse(secretsRead(help).contains(SERVICE_KEYS),
                "help faces the internet: it must not be able to sign service tokens");
        assertEquals(Set.of(FRONT_DOOR_KEYS), mountedSecrets(help), "help mounts the front door's key and no other");
        for (Deployment other : manifests.deployments()) {
            if (other != help) {
                assertFalse(secretsRead(other).contains(FRONT_DOOR_KEYS), manifests + " "
                        + other.getMetadata().getName() + " could sign front-door tokens, which only help may");
            }
        }
    }

    /**
     * help counts its rate limits per client in each pod's memory; with requests spread over 2 to 4 pods a client would
     * get that many times its limit. The ingress controller sends each client address to one pod.
     */
    @ParameterizedTest
    @MethodSource("rendered")
    void helpsIngressSendsEachClientToOnePodSoItsLimitsHoldAcrossPods(Manifests manifests) {
        assertEquals("$binary_remote_addr", helpsIngressAnnotation(manifests, "upstream-hash-by"),
                manifests + " Ingress help");
    }

    /** help writes down no visitor's address, and its ingress controller may not either. */
    @ParameterizedTest
    @MethodSource("rendered")
    void helpsIngressKeepsNoAccessLog(Manifests manifests) {
        assertEquals("false", helpsIngressAnnotation(manifests, "enable-access-log"), manifests + " Ingress help");
    }

    private static String helpsIngressAnnotation(Manifests manifests, String nginxAnnotation) {
        Ingress help = manifests.all(Ingress.class).stream().filter(i -> i.getMetadata().getName().equals("help"))
                .findFirst().orElseThrow(() -> new AssertionError(manifests + ": no Ingress help"));
        return help.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/" + nginxAnnotation);
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void frontDoorTokensAreSignedAndVerifiedWithMountedKeysOfTheirOwn(Manifests manifests) {
        Deployment help = deployment(manifests, "help");
        assertMountedKey(manifests, help, manifests.env(help, "ENTREE_FRONT_DOOR_SIGNING_KEY_LOCATION"),
                FRONT_DOOR_KEYS);
        for (String verifier : List.of("triage-service", "directory-service")) {
            Deployment deployment = deployment(manifests, verifier);
            assertMountedKey(manifests, deployment,
                    manifests.env(deployment, "ENTREE_FRONT_DOOR_PUBLIC_KEY_LOCATION"), "entree-jwt-verification");
        }
        // Verifiers pick the key by the token's "kid": with the services' kid, no front-door token would be accepted.
        String frontDoorKid = manifests.env(help, "SMALLRYE_JWT_SIGN_KEY_ID");
        assertNotNull(frontDoorKid, manifests + ": help's tokens name no key");
        for (Deployment other : manifests.deployments()) {
            if (other != help) {
                assertNotEquals(frontDoorKid, manifests.env(other, "SMALLRYE_JWT_SIGN_KEY_ID"), manifests
                        + ": help signs with the same kid as " + other.getMetadata().getName());
            }
        }
    }

    private static Deployment deployment(Manifests manifests, String name) {
        return manifests.deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + " deploys no " + name));
    }

    private static boolean noDatabaseLogin(Deployment deployment) {
        return containers(deployment).stream().flatMap(c -> c.getEnv().stream())
                .noneMatch(e -> e.getName().startsWith("QUARKUS_DATASOURCE"));
    }

    /** The Secrets mounted as files. */
    private static Set<String> mountedSecrets(Deployment deployment) {
        Set<String> names = new TreeSet<>();
        for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
            if (volume.getSecret() != null) {
                names.add(volume.getSecret().getSecretName());
            }
            if (volume.getProjected() != null) {
                volume.getProjected().getSources().stream().filter(source -> source.getSecret() != null)
                        .forEach(source -> names.add(source.getSecret().getName()));
            }
        }
        return names;
    }

    /** Every Secret the pod can read: mounted, or as environment variables. */
    private static Set<String> secretsRead(Deployment deployment) {
        Set<String> names = mountedSecrets(deployment);
        for (Container container : containers(deployment)) {
            container.getEnvFrom().stream().filter(source -> source.getSecretRef() != null)
                    .forEach(source -> names.add(source.getSecretRef().getName()));
            container.getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .forEach(e -> names.add(e.getValueFrom().getSecretKeyRef().getName()));
        }
        return names;
    }

    /** The file lies on a volume of the Secret or ConfigMap {@code source}, which has a key of that name. */
    private static void assertMountedKey(Manifests manifests, Deployment deployment, String file, String source) {
        String where = manifests + " " + deployment.getMetadata().getName();
        assertNotNull(file, where + " is not told where its key from " + source + " is");
        Container container = containers(deployment).get(0);
        for (VolumeMount mount : container.getVolumeMounts()) {
            String directory = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            if (!file.startsWith(directory)) {
                continue;
            }
            String key = file.substring(directory.length());
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            Map<String, String> keys = null;
            if (volume.getSecret() != null && source.equals(volume.getSecret().getSecretName())) {
                keys = manifests.secrets().get(source).getStringData();
            } else if (volume.getConfigMap() != null && source.equals(volume.getConfigMap().getName())) {
                keys = manifests.configMaps().get(source).getData();
            }
            assertNotNull(keys, where + ": " + file + " is on " + mount.getName() + ", not on " + source);
            assertTrue(keys.containsKey(key), where + ": " + source + " has no key " + key + " for " + file);
            return;
        }
        throw new AssertionError(where + ": nothing is mounted at " + file);
    }

    private static List<Deployment> withDatabase(Manifests manifests) {
        return manifests.deployments().stream().filter(d -> K8s.SERVICES.contains(d.getMetadata().getName())).toList();
    }

    private static HorizontalPodAutoscaler autoscalerOf(Manifests manifests, Deployment deployment) {
        List<HorizontalPodAutoscaler> autoscalers = manifests.autoscalers().stream()
                .filter(a -> a.getSpec().getScaleTargetRef().getKind().equals("Deployment"))
                .filter(a -> a.getSpec().getScaleTargetRef().getName().equals(deployment.getMetadata().getName()))
                .toList();
        return single(autoscalers, manifests + " " + deployment.getMetadata().getName() + " HorizontalPodAutoscaler");
    }

    /** quarkus.datasource.jdbc.max-size as the service sees it. */
    private static int poolSize(String service) {
        String value = K8s.property(service, "quarkus.datasource.jdbc.max-size");
        // Agroal's default when nobody sets it.
        return value == null ? 20 : Integer.parseInt(value);
    }

    /** A duration as Quarkus reads one: bare seconds, "500ms", "2d", or an ISO-8601 time ("20S", "1M30S"). */
    private static Duration duration(String value) {
        String text = value.trim();
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        if (text.toLowerCase(Locale.ROOT).endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.toLowerCase(Locale.ROOT).endsWith("d")) {
            return Duration.parse("P" + text);
        }
        return Duration.parse(text.toUpperCase(Locale.ROOT).startsWith("P") ? text : "PT" + text);
    }

    record Rollout(int surge, int unavailable) {
    }

    /** How many pods a rolling update of {@code replicas} may add and take away at once, as Kubernetes rounds. */
    private static Rollout rollout(Deployment deployment, int replicas) {
        DeploymentStrategy strategy = deployment.getSpec().getStrategy();
        if (strategy != null && "Recreate".equals(strategy.getType())) {
            return new Rollout(0, replicas);
        }
        RollingUpdateDeployment rolling = strategy == null ? null : strategy.getRollingUpdate();
        IntOrString surge = rolling == null || rolling.getMaxSurge() == null ? new IntOrString("25%")
                : rolling.getMaxSurge();
        IntOrString unavailable = rolling == null || rolling.getMaxUnavailable() == null ? new IntOrString("25%")
                : rolling.getMaxUnavailable();
        return new Rollout(scaled(surge, replicas, true), scaled(unavailable, replicas, false));
    }

    private static int scaled(IntOrString value, int replicas, boolean roundUp) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        String percent = value.getStrVal();
        int share = Integer.parseInt(percent.substring(0, percent.length() - 1).trim());
        return (share * replicas + (roundUp ? 99 : 0)) / 100;
    }

    private static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    private static void assertProbe(String where, Probe probe, String path, Container container) {
        assertNotNull(probe, where + " probe is missing");
        assertNotNull(probe.getHttpGet(), where + " probe is not an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), where + " probe path");
        assertTrue(container.getPorts().stream().anyMatch(p -> matches(probe.getHttpGet().getPort(), p)),
                where + " probe port is not a container port");
    }

    private static boolean matches(IntOrString port, ContainerPort containerPort) {
        return port.getIntVal() != null ? port.getIntVal().equals(containerPort.getContainerPort())
                : port.getStrVal().equals(containerPort.getName());
    }

    private static String protocol(String protocol) {
        return protocol == null ? "TCP" : protocol;
    }

    private static boolean selectsPod(Service service, Deployment deployment) {
        Map<String, String> selector = service.getSpec().getSelector();
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private static Optional<EmptyDirVolumeSource> emptyDirAt(PodSpec pod, Container container, String path) {
        return container.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals(path))
                .flatMap(mount -> pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())))
                .map(Volume::getEmptyDir)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static boolean writableEmptyDir(PodSpec pod, Container container, String path) {
        List<String> emptyDirs = new ArrayList<>();
        pod.getVolumes().stream().filter(v -> v.getEmptyDir() != null).forEach(v -> emptyDirs.add(v.getName()));
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (mount.getMountPath().equals(path) && emptyDirs.contains(mount.getName())
                    && !Boolean.TRUE.equals(mount.getReadOnly())) {
                return true;
            }
        }
        return false;
    }

    private static <T> T single(List<T> candidates, String what) {
        assertEquals(1, candidates.size(), "exactly one " + what);
        return candidates.get(0);
    }
}
