package io.quotestance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.quotestance.k8s.Manifests.K8S;
import static io.quotestance.k8s.Manifests.name;
import static io.quotestance.k8s.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

/** Each overlay renders with kubectl's kustomize into a complete, namespaced, pinned deployment. */
class KustomizeRenderTest {

    /** The secrets that production operators create by hand (README, Kubernetes). */
    private static final List<String> OPERATOR_CREATED_SECRETS = List.of("quote-stance-internal", "quote-stance-api-tokens");

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void overlayRendersIntoACompleteDeployment(String overlay) throws IOException, InterruptedException {
        String kubectl = kubectl();
        Process process = new ProcessBuilder(kubectl, "kustomize", K8S.resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + overlay).isZero();

        List<JsonNode> objects = Manifests.parse(rendered);
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
        // Tracing is off by default in every overlay.
        for (JsonNode config : ofKind(objects, "ConfigMap")) {
            if (config.at("/data").has("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")) {
                assertThat(config.at("/data/QUARKUS_OTEL_SDK_DISABLED").asText()).as(name(config)).isEqualTo("true");
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
