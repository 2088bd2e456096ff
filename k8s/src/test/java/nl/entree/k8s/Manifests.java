package nl.entree.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** One rendered kustomization as fabric8 objects, plus the Secret templates it expects to exist alongside it. */
final class Manifests {

    final String name;
    final List<HasMetadata> objects;
    final List<HasMetadata> templates;

    private Manifests(String name, List<HasMetadata> objects, List<HasMetadata> templates) {
        this.name = name;
        this.objects = objects;
        this.templates = templates;
    }

    static Manifests render(Path kustomization) {
        return new Manifests(K8s.relative(kustomization), typed(Kustomize.render(kustomization)), templates());
    }

    static List<HasMetadata> templates() {
        return K8s.yamlFiles().stream()
                .filter(file -> file.startsWith(K8s.secretTemplates()))
                .flatMap(file -> Yaml.objects(file).stream())
                .map(object -> (HasMetadata) K8s.typed(object))
                .toList();
    }

    private static List<HasMetadata> typed(List<ObjectNode> objects) {
        return objects.stream().map(object -> {
            KubernetesResource resource = K8s.typed(object);
            if (!(resource instanceof HasMetadata hasMetadata)) {
                throw new AssertionError(Semantic.key(object) + " is not a Kubernetes object");
            }
            return hasMetadata;
        }).toList();
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all(HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all(PodDisruptionBudget.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    Map<String, ConfigMap> configMaps() {
        return withTemplates(ConfigMap.class);
    }

    Map<String, Secret> secrets() {
        return withTemplates(Secret.class);
    }

    Optional<ConfigMap> configMap(String name) {
        return Optional.ofNullable(configMaps().get(name));
    }

    /** An environment variable of a Deployment's first container: its own value, else its ConfigMaps'; or null. */
    String env(Deployment deployment, String name) {
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (EnvVar env : container.getEnv()) {
            if (env.getName().equals(name) && env.getValue() != null) {
                return env.getValue();
            }
        }
        String value = null;
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                ConfigMap configMap = configMaps().get(source.getConfigMapRef().getName());
                if (configMap != null && configMap.getData().containsKey(name)) {
                    value = configMap.getData().get(name);
                }
            }
        }
        return value;
    }

    /** Objects of this kind, rendered or (for Secrets and the JWKS ConfigMap) from the templates, by name. */
    private <T extends HasMetadata> Map<String, T> withTemplates(Class<T> type) {
        return Stream.concat(objects.stream(), templates.stream())
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toMap(o -> o.getMetadata().getName(), Function.identity(), (a, b) -> a));
    }

    /** k8s/base itself, which also runs on a one-node test cluster; an overlay is a real one. */
    boolean isBase() {
        return name.equals(K8s.relative(K8s.base()));
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> matchLabels = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        for (Map.Entry<String, String> entry : matchLabels.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("Unknown selector operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    static JsonNode tree(Object object) {
        return Yaml.MAPPER.valueToTree(object);
    }

    @Override
    public String toString() {
        return name;
    }
}
