package nl.entree.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates the NetworkPolicies the way Kubernetes does (a pod selected by a policy accepts only what some rule allows,
 * in both directions) over every pod the suite runs, and compares the result with the architecture.
 */
class NetworkPolicyTest {

    private static final String DB = "entree-db";
    private static final Map<String, Integer> HTTP_PORTS = Map.of("intake-service", 8081, "triage-service", 8082,
            "capacity-service", 8083, "forecast-service", 8084, "directory-service", 8085, "web", 8080, "help", 8090);

    /** A REST client's address, as Quarkus names the setting; a profile's ({@code %test.}) is not deployed. */
    private static final Pattern REST_CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.([^.]+)\\.url");
    /** {@code ${ENTREE_TRIAGE_URL:http://localhost:8082}}: the environment variable a Deployment sets it with. */
    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{(\\w+)(:[^}]*)?}");

    record Port(String protocol, int number, String name) {
    }

    record Workload(String name, Map<String, String> labels, List<Port> ports) {
    }

    static List<Manifests> rendered() {
        return DeploymentRulesTest.rendered();
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void nothingIsAllowedUnlessAPolicySaysSo(Manifests manifests) {
        assertTrue(manifests.networkPolicies().stream().anyMatch(policy -> {
            var spec = policy.getSpec();
            boolean everyPod = spec.getPodSelector() != null && Manifests.selects(spec.getPodSelector(), Map.of())
                    && (spec.getPodSelector().getMatchExpressions() == null
                            || spec.getPodSelector().getMatchExpressions().isEmpty());
            return everyPod && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                    && spec.getIngress().isEmpty() && spec.getEgress().isEmpty();
        }), manifests + " has no default-deny policy for ingress and egress");

        for (NetworkPolicy policy : manifests.networkPolicies()) {
            String where = manifests + " NetworkPolicy " + policy.getMetadata().getName();
            policy.getSpec().getIngress().forEach(rule -> {
                assertFalse(rule.getFrom().isEmpty(), where + " admits traffic from anywhere");
                assertFalse(rule.getPorts().isEmpty(), where + " admits traffic on every port");
            });
            policy.getSpec().getEgress().forEach(rule -> {
                assertFalse(rule.getTo().isEmpty(), where + " lets traffic out to anywhere");
                assertFalse(rule.getPorts().isEmpty(), where + " lets traffic out on every port");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void podsInsideTheNamespaceTalkExactlyAsTheArchitectureSays(Manifests manifests) {
        Set<String> expected = new TreeSet<>(Set.of(
                "intake-service -> triage-service:8082",
                "capacity-service -> triage-service:8082",
                "forecast-service -> triage-service:8082",
                "forecast-service -> capacity-service:8083",
                "triage-service -> directory-service:8085",
                "web -> intake-service:8081",
                "web -> triage-service:8082",
                "web -> capacity-service:8083",
                "web -> forecast-service:8084",
                "web -> directory-service:8085",
                // The public front door: intake's questions, triage's evaluate and directory's reads, nothing else.
                "help -> intake-service:8081",
                "help -> triage-service:8082",
                "help -> directory-service:8085",
                DB + " -> " + DB + ":5432"));
        for (String service : K8s.SERVICES) {
            expected.add(service + " -> " + DB + ":5432");
        }

        assertEquals(expected, connections(manifests, true, true), manifests + ": traffic between the suite's pods");
        // Each side on its own too, so that one side opened too wide is not hidden by the other being right.
        assertEquals(expected, connections(manifests, true, false), manifests + ": what the ingress rules admit");
        assertEquals(expected, connections(manifests, false, true), manifests + ": what the egress rules let out");
    }

    /**
     * The calls the code makes, from each module's REST clients and the address its Deployment gives each one, are
     * the calls the policies let through: a client added without its policy, or a policy kept for a client removed,
     * fails here and not first in a cluster.
     */
    @ParameterizedTest
    @MethodSource("rendered")
    void theRestClientsCallExactlyWhatThePoliciesAllow(Manifests manifests) {
        Set<String> calls = new TreeSet<>();
        for (String module : K8s.MODULES) {
            Deployment deployment = manifests.deployments().stream()
                    .filter(d -> d.getMetadata().getName().equals(module)).findFirst()
                    .orElseThrow(() -> new AssertionError(manifests + " has no Deployment " + module));
            Properties settings = K8s.properties(module);
            for (String key : settings.stringPropertyNames()) {
                Matcher client = REST_CLIENT_URL.matcher(key);
                if (!client.matches()) {
                    continue;
                }
                String where = manifests + " " + module + "'s REST client " + client.group(1);
                Matcher variable = FROM_ENVIRONMENT.matcher(settings.getProperty(key).trim());
                assertTrue(variable.matches(), where + ": its address cannot be set by the Deployment");
                String address = manifests.env(deployment, variable.group(1));
                assertNotNull(address, where + ": " + variable.group(1) + " is not set, so it would call localhost");
                calls.add(module + " -> " + target(manifests, URI.create(address), where));
            }
        }
        Set<String> allowed = new TreeSet<>(connections(manifests, true, true));
        allowed.removeIf(connection -> connection.endsWith(" -> " + DB + ":5432"));
        assertEquals(allowed, calls, manifests + ": the calls the REST clients make against what the policies allow");
    }

    /** The pod and port behind a suite-internal address: the Service of that name, and the port it forwards to. */
    private static String target(Manifests manifests, URI address, String where) {
        Service service = manifests.services().stream()
                .filter(s -> s.getMetadata().getName().equals(address.getHost())).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no Service " + address.getHost()));
        int port = address.getPort() == -1 ? 80 : address.getPort();
        ServicePort forwarded = service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": Service " + address.getHost() + " has no port " + port));
        assertNotNull(forwarded.getTargetPort().getIntVal(), where + ": a named target port is not followed here");
        return address.getHost() + ":" + forwarded.getTargetPort().getIntVal();
    }

    private static Set<String> connections(Manifests manifests, boolean checkIngress, boolean checkEgress) {
        List<Workload> workloads = workloads(manifests);
        Set<String> allowed = new TreeSet<>();
        for (Workload from : workloads) {
            for (Workload to : workloads) {
                for (Port port : to.ports()) {
                    if ((!checkIngress || admits(manifests, to, from, port, true))
                            && (!checkEgress || admits(manifests, from, to, port, false))) {
                        allowed.add(from.name() + " -> " + to.name() + ":" + port.number());
                    }
                }
            }
        }
        return allowed;
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void trafficFromAndToOutsideTheNamespaceIsOnlyDnsIngressOperatorAndBackups(Manifests manifests) {
        Set<String> expected = new TreeSet<>();
        for (Workload workload : workloads(manifests)) {
            expected.add(workload.name() + " to namespace=kube-system pods=k8s-app=kube-dns UDP/53");
            expected.add(workload.name() + " to namespace=kube-system pods=k8s-app=kube-dns TCP/53");
        }
        // Only web and help have an Ingress: a service's API open to the controller's namespace serves no one and
        // is one more way in.
        K8s.EXPOSED.forEach(module -> expected.add(
                module + " from namespace=ingress-nginx TCP/" + HTTP_PORTS.get(module)));
        // Prometheus scrapes /q/metrics on the management port; nothing else outside the namespace reaches it.
        HTTP_PORTS.forEach((service, port) -> expected.add(
                service + " from namespace=monitoring TCP/" + (port + 1000)));
        expected.add(DB + " from namespace=monitoring TCP/9187");
        expected.add(DB + " from namespace=cnpg-system TCP/8000");
        expected.add(DB + " from namespace=cnpg-system TCP/5432");
        expected.add(DB + " to ipBlock TCP/443");
        expected.add(DB + " to ipBlock TCP/6443");
        // The identity provider, for web's OIDC sign-in: a documentation address until an overlay sets the real one.
        expected.add("web to identity provider TCP/443");
        assertEquals(expected, crossingTheNamespace(manifests),
                manifests + ": traffic that crosses the namespace boundary");
    }

    @ParameterizedTest
    @MethodSource("rendered")
    void anOperatorSetsTheAddressesButWebNeverReachesTheWholeInternet(Manifests manifests) {
        Set<String> asShipped = crossingTheNamespace(manifests);
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            policy.getSpec().getEgress().forEach(rule -> rule.getTo().stream().filter(p -> p.getIpBlock() != null)
                    .forEach(p -> p.getIpBlock().setCidr(policy.getMetadata().getName().contains("web")
                            ? "203.0.113.7/32" : "198.51.100.0/24")));
        }
        assertEquals(asShipped, crossingTheNamespace(manifests), "the operator's own addresses");

        for (String wide : List.of("0.0.0.0/0", "0.0.0.0/1", "10.0.0.0/8", "::/0")) {
            for (NetworkPolicy policy : manifests.networkPolicies()) {
                policy.getSpec().getEgress().forEach(rule -> rule.getTo().stream().filter(p -> p.getIpBlock() != null)
                        .forEach(p -> p.getIpBlock().setCidr(wide)));
            }
            assertThrows(AssertionError.class, () -> crossingTheNamespace(manifests), wide);
        }
    }

    /**
     * Addresses are the operator's to set, but none may be a share of the internet large enough to hide anything
     * behind (two /1 blocks are all of it): the API server, an object store or an identity provider is far smaller.
     */
    @ParameterizedTest
    @MethodSource("rendered")
    void noPolicyOpensTheWholeInternet(Manifests manifests) {
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            policy.getSpec().getIngress().forEach(rule -> peers.addAll(rule.getFrom()));
            policy.getSpec().getEgress().forEach(rule -> peers.addAll(rule.getTo()));
            peers.stream().filter(peer -> peer.getIpBlock() != null).map(peer -> peer.getIpBlock().getCidr())
                    .forEach(cidr -> {
                        int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
                        assertTrue(prefix >= (cidr.contains(":") ? 32 : 8), manifests + " NetworkPolicy "
                                + policy.getMetadata().getName() + " opens " + cidr);
                    });
        }
    }

    /**
     * Every rule that lets traffic into or out of the namespace, as "pod from/to peer port". Addresses are the
     * operator's to set (the identity provider's; narrower ones for the database's API server and object store), so
     * they are left out; what stays is who may cross, on which port, and that web reaches one provider only.
     */
    private static Set<String> crossingTheNamespace(Manifests manifests) {
        List<Workload> workloads = workloads(manifests);
        Set<String> crossing = new TreeSet<>();
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            for (Workload workload : workloads) {
                if (!Manifests.selects(policy.getSpec().getPodSelector(), workload.labels())) {
                    continue;
                }
                policy.getSpec().getIngress().forEach(rule -> external(rule.getFrom()).forEach(peer -> rule.getPorts()
                        .forEach(port -> crossing.add(workload.name() + " from " + peer + " " + describe(port)))));
                policy.getSpec().getEgress().forEach(rule -> external(rule.getTo()).forEach(peer -> rule.getPorts()
                        .forEach(port -> crossing.add(workload.name() + " to " + peer + " " + describe(port)))));
            }
        }
        Set<String> withoutAddresses = new TreeSet<>();
        for (String rule : crossing) {
            if (rule.startsWith("web to ipBlock=")) {
                String cidr = rule.substring("web to ipBlock=".length(), rule.indexOf(' ', "web to ipBlock=".length()));
                int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
                // A provider's own range, not a share of the internet (two /1 blocks are all of it).
                assertTrue(prefix >= (cidr.contains(":") ? 48 : 24),
                        manifests + ": web may reach its identity provider only: " + rule);
                withoutAddresses.add(rule.replaceFirst("ipBlock=\\S+", "identity provider"));
            } else {
                withoutAddresses.add(rule.replaceFirst("^(" + DB + " to ipBlock)=\\S+", "$1"));
            }
        }
        return withoutAddresses;
    }

    /** Whether the policies selecting {@code pod} let traffic in from (ingress) or out to (egress) {@code peer}. */
    private static boolean admits(Manifests manifests, Workload pod, Workload peer, Port port, boolean ingress) {
        String type = ingress ? "Ingress" : "Egress";
        List<NetworkPolicy> applying = manifests.networkPolicies().stream()
                .filter(p -> Manifests.selects(p.getSpec().getPodSelector(), pod.labels()))
                .filter(p -> policyTypes(p).contains(type))
                .toList();
        if (applying.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : applying) {
            if (ingress) {
                for (var rule : policy.getSpec().getIngress()) {
                    if (sameNamespacePeer(rule.getFrom(), peer) && portMatches(rule.getPorts(), port)) {
                        return true;
                    }
                }
            } else {
                for (var rule : policy.getSpec().getEgress()) {
                    if (sameNamespacePeer(rule.getTo(), peer) && portMatches(rule.getPorts(), port)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> policyTypes(NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    /** A peer with only a pod selector means pods in the policy's own namespace, where the whole suite runs. */
    private static boolean sameNamespacePeer(List<NetworkPolicyPeer> peers, Workload workload) {
        if (peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peer.getNamespaceSelector() == null && peer.getIpBlock() == null
                && Manifests.selects(peer.getPodSelector(), workload.labels()));
    }

    private static boolean portMatches(List<NetworkPolicyPort> ports, Port port) {
        if (ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            String protocol = candidate.getProtocol() == null ? "TCP" : candidate.getProtocol();
            if (!protocol.equals(port.protocol())) {
                continue;
            }
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int last = candidate.getEndPort() != null ? candidate.getEndPort() : value.getIntVal();
                if (port.number() >= value.getIntVal() && port.number() <= last) {
                    return true;
                }
            } else if (value.getStrVal().equals(port.name())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> external(List<NetworkPolicyPeer> peers) {
        List<String> external = new ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                String except = peer.getIpBlock().getExcept() == null || peer.getIpBlock().getExcept().isEmpty() ? ""
                        : " except " + peer.getIpBlock().getExcept();
                external.add("ipBlock=" + peer.getIpBlock().getCidr() + except);
            } else if (peer.getNamespaceSelector() != null) {
                String namespace = "namespace=" + labels(peer.getNamespaceSelector())
                        .replace("kubernetes.io/metadata.name=", "");
                external.add(peer.getPodSelector() == null ? namespace
                        : namespace + " pods=" + labels(peer.getPodSelector()));
            }
        }
        return external;
    }

    private static String labels(LabelSelector selector) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            return "expressions" + selector.getMatchExpressions();
        }
        Map<String, String> labels = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.isEmpty() ? "any" : String.join(",", new TreeMap<>(labels).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String describe(NetworkPolicyPort port) {
        return (port.getProtocol() == null ? "TCP" : port.getProtocol()) + "/"
                + (port.getPort() == null ? "any" : port.getPort().getValue())
                + (port.getEndPort() == null ? "" : "-" + port.getEndPort());
    }

    /** The suite's pods: the Deployments', and the PostgreSQL instances CloudNativePG creates for the Cluster. */
    private static List<Workload> workloads(Manifests manifests) {
        List<Workload> workloads = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            List<Port> ports = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(c -> c.getPorts().stream())
                    .map(p -> new Port(p.getProtocol() == null ? "TCP" : p.getProtocol(), p.getContainerPort(),
                            p.getName()))
                    .toList();
            workloads.add(new Workload(deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels(), ports));
        }
        for (GenericKubernetesResource cluster : manifests.custom("Cluster")) {
            String name = cluster.getMetadata().getName();
            // The labels and ports CloudNativePG gives every instance pod.
            workloads.add(new Workload(name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"),
                    List.of(new Port("TCP", 5432, "postgresql"), new Port("TCP", 8000, "status"),
                            new Port("TCP", 9187, "metrics"))));
        }
        return workloads;
    }
}
