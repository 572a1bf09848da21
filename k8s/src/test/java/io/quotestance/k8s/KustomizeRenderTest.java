package io.quotestance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.quotestance.k8s.Manifests.K8S;
import static io.quotestance.k8s.Manifests.name;
import static io.quotestance.k8s.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each overlay renders with kubectl's kustomize into a complete, namespaced, pinned deployment, whose pods roll when
 * their configuration changes.
 */
class KustomizeRenderTest {

    /** The secrets that production operators create by hand (README, Kubernetes). */
    private static final List<String> OPERATOR_CREATED_SECRETS = List.of("quote-stance-internal", "quote-stance-api-tokens");

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void overlayRendersIntoACompleteDeployment(String overlay) throws IOException, InterruptedException {
        List<JsonNode> objects = render(K8S.resolve(overlay));
        String namespace = ofKind(objects, "Namespace").get(0).at("/metadata/name").asText();
        assertThat(ofKind(objects, "Deployment")).extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
        for (JsonNode object : objects) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.at("/metadata/namespace").asText()).as(name(object)).isEqualTo(namespace);
            }
        }
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            String image = deployment.at("/spec/template/spec/containers/0/image").asText();
            assertThat(image).startsWith("registry.example.org/quote-stance/" + name(deployment) + ":")
                    .doesNotEndWith(":latest");
            // Every secret a container reads is generated in dev; in prod it is one CloudNativePG makes for a Cluster of
            // the overlay (`<cluster>-app`) or one of the two the README tells the operator to create.
            Set<String> available = new HashSet<>(ofKind(objects, "Secret").stream().map(Manifests::name).toList());
            ofKind(objects, "Cluster").forEach(cluster -> available.add(name(cluster) + "-app"));
            if (overlay.endsWith("prod")) {
                available.addAll(OPERATOR_CREATED_SECRETS);
            }
            deployment.at("/spec/template/spec/containers/0/env").forEach(env -> {
                String secret = env.at("/valueFrom/secretKeyRef/name").asText();
                if (!secret.isEmpty()) {
                    assertThat(available).as(name(deployment) + " reads secret " + secret).contains(secret);
                }
            });
        }
        // Each pod's environment is a rendered ConfigMap, named with the hash of its content.
        Set<String> configMaps = new HashSet<>(ofKind(objects, "ConfigMap").stream().map(Manifests::name).toList());
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            assertThat(configMapOf(deployment)).matches(name(deployment) + "-config-[a-z0-9]{10}").isIn(configMaps);
        }
        // Tracing is off by default in every overlay.
        for (JsonNode config : ofKind(objects, "ConfigMap")) {
            if (config.at("/data").has("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")) {
                assertThat(config.at("/data/QUARKUS_OTEL_SDK_DISABLED").asText()).as(name(config)).isEqualTo("true");
            }
        }
    }

    @Test
    void changedConfigurationRollsThePodsThatReadIt(@TempDir Path copy) throws IOException, InterruptedException {
        copyTree(K8S.resolve("base"), copy.resolve("base"));
        copyTree(K8S.resolve("overlays"), copy.resolve("overlays"));
        Map<String, String> before = configMapsByDeployment(render(copy.resolve("overlays/prod")));

        Path gatewayConfig = copy.resolve("base/gateway-config.yaml");
        String config = Files.readString(gatewayConfig);
        String changedConfig = config.replaceFirst("QUOTESTANCE_ADMISSION_MAX_IN_FLIGHT: \"\\d+\"",
                "QUOTESTANCE_ADMISSION_MAX_IN_FLIGHT: \"16\"");
        assertThat(changedConfig).isNotEqualTo(config);
        Files.writeString(gatewayConfig, changedConfig);
        List<JsonNode> changed = render(copy.resolve("overlays/prod"));
        Map<String, String> after = configMapsByDeployment(changed);

        assertThat(after.get("gateway")).isNotEqualTo(before.get("gateway"));
        assertThat(after.get("quotes-service")).isEqualTo(before.get("quotes-service"));
        assertThat(after.get("stance-service")).isEqualTo(before.get("stance-service"));
        JsonNode gatewayConfigMap = ofKind(changed, "ConfigMap").stream()
                .filter(object -> name(object).equals(after.get("gateway"))).findFirst().orElseThrow();
        assertThat(gatewayConfigMap.at("/data/QUOTESTANCE_ADMISSION_MAX_IN_FLIGHT").asText()).isEqualTo("16");
    }

    private static List<JsonNode> render(Path kustomization) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kubectl(), "kustomize", kustomization.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + kustomization).isZero();
        return Manifests.parse(rendered);
    }

    private static String configMapOf(JsonNode deployment) {
        return deployment.at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name").asText();
    }

    private static Map<String, String> configMapsByDeployment(List<JsonNode> objects) {
        Map<String, String> configMaps = new HashMap<>();
        ofKind(objects, "Deployment").forEach(deployment -> configMaps.put(name(deployment), configMapOf(deployment)));
        return configMaps;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** kubectl from the PATH; without it the render is skipped with the reason printed, never silently. */
    private static String kubectl() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String reason = "kubectl is not on the PATH: the kustomize render of the overlays was not checked";
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
        return null;
    }
}
