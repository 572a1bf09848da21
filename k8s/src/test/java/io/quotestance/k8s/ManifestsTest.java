package io.quotestance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.quotestance.k8s.Manifests.K8S;
import static io.quotestance.k8s.Manifests.REPOSITORY;
import static io.quotestance.k8s.Manifests.SERVICES;
import static io.quotestance.k8s.Manifests.name;
import static io.quotestance.k8s.Manifests.objects;
import static io.quotestance.k8s.Manifests.ofKind;
import static io.quotestance.k8s.Manifests.workloads;
import static org.assertj.core.api.Assertions.assertThat;

/** The manifests say what the code does: ports, probes, configuration names, and the promised hardening. */
class ManifestsTest {

    @Test
    void everyManifestParsesAndNamesItsKind() {
        assertThat(Manifests.files()).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : Manifests.files()) {
            for (JsonNode document : Manifests.documents(file)) {
                assertThat(document.path("kind").asText()).as(file.toString()).isNotBlank();
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertThat(name(document)).as(file + " " + document.path("kind")).isNotBlank();
                    assertThat(document.path("apiVersion").asText()).as(file.toString()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
    void everyKustomizationResourceAndPatchExists(String folder) {
        JsonNode kustomization = Manifests.documents(K8S.resolve(folder).resolve("kustomization.yaml")).get(0);
        assertThat(kustomization.path("resources")).isNotEmpty();
        kustomization.path("resources").forEach(resource ->
                assertThat(K8S.resolve(folder).resolve(resource.asText())).as(resource.asText()).exists());
        kustomization.path("patches").forEach(patch -> {
            if (patch.has("path")) {
                assertThat(K8S.resolve(folder).resolve(patch.path("path").asText())).as(patch.toString()).exists();
            }
        });
    }

    @Test
    void eachServiceListensWhereItsConfigurationSays() {
        for (String service : SERVICES) {
            int port = Integer.parseInt(property(service, "quarkus.http.port"));
            JsonNode deployment = deployment(service);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/ports/0/containerPort").asInt()).as(service).isEqualTo(port);
            JsonNode serviceObject = ofKind(objects("base"), "Service").stream()
                    .filter(object -> name(object).equals(service)).findFirst().orElseThrow();
            assertThat(serviceObject.at("/spec/ports/0/port").asInt()).as(service).isEqualTo(port);
            assertThat(serviceObject.at("/spec/ports/0/targetPort").asText()).isEqualTo(container.at("/ports/0/name").asText());
            assertThat(configMap(service).path("QUARKUS_HTTP_PORT").asText()).isEqualTo(Integer.toString(port));
        }
    }

    @Test
    void probesUseQuarkusHealthEndpointsOnTheServicePort() {
        for (String service : SERVICES) {
            JsonNode container = deployment(service).at("/spec/template/spec/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(service + " " + probe)
                        .isEqualTo(container.at("/ports/0/name").asText());
            }
        }
    }

    @Test
    void everyEnvironmentVariableIsOneTheServiceReads() {
        for (String service : SERVICES) {
            String properties = Manifests.serviceProperties(service);
            String sources = Manifests.serviceSources(service);
            List<String> names = new ArrayList<>();
            configMap(service).fieldNames().forEachRemaining(names::add);
            deployment(service).at("/spec/template/spec/containers/0/env").forEach(env -> names.add(env.path("name").asText()));
            for (String variable : names) {
                assertThat(readsVariable(properties, sources, variable)).as(service + " reads " + variable).isTrue();
            }
        }
    }

    @Test
    void everyServiceCarriesTracingSwitchedOffByDefault() {
        for (String service : SERVICES) {
            JsonNode config = configMap(service);
            assertThat(carriesOpenTelemetry(service)).as(service).isTrue();
            assertThat(config.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText()).as(service).startsWith("http");
            assertThat(config.path("QUARKUS_OTEL_SDK_DISABLED").asText()).as(service).isEqualTo("true");
        }
    }

    @Test
    void gatewayFindsTheServicesByServiceDns() {
        JsonNode config = configMap("gateway");
        assertThat(config.path("QUOTES_SERVICE_URL").asText()).isEqualTo("http://quotes-service:"
                + property("quotes-service", "quarkus.http.port"));
        assertThat(config.path("STANCE_SERVICE_URL").asText()).isEqualTo("http://stance-service:"
                + property("stance-service", "quarkus.http.port"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "base", "overlays/dev", "overlays/prod" })
    void everyContainerIsHardenedAndSized(String folder) {
        for (JsonNode workload : workloads(objects(folder))) {
            JsonNode pod = workload.at("/spec/template/spec");
            String described = workload.path("kind").asText() + " " + name(workload);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(described).isFalse();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(described).isTrue();
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                String seccomp = security.at("/seccompProfile/type").asText(pod.at("/securityContext/seccompProfile/type").asText());
                assertThat(seccomp).as(described + " seccomp").isEqualTo("RuntimeDefault");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(described).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(described).isTrue();
                assertThat(security.at("/capabilities/drop")).as(described).extracting(JsonNode::asText).contains("ALL");
                for (String kind : List.of("requests", "limits")) {
                    assertThat(container.at("/resources/" + kind + "/cpu").asText()).as(described + " " + kind).isNotBlank();
                    assertThat(container.at("/resources/" + kind + "/memory").asText()).as(described + " " + kind).isNotBlank();
                }
                boolean writableTmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    writableTmp |= mount.path("mountPath").asText().equals("/tmp");
                }
                assertThat(writableTmp).as(described + " has a writable /tmp").isTrue();
            }
        }
    }

    @Test
    void servicesShutDownGracefully() {
        for (String service : SERVICES) {
            JsonNode pod = deployment(service).at("/spec/template/spec");
            JsonNode preStopCommand = pod.at("/containers/0/lifecycle/preStop/exec/command");
            assertThat(preStopCommand.get(0).asText()).isEqualTo("sleep");
            int preStop = preStopCommand.get(1).asInt();
            assertThat(preStop).as(service + " preStop sleep").isPositive();
            String timeout = configMap(service).path("QUARKUS_SHUTDOWN_TIMEOUT").asText();
            assertThat(timeout).matches("\\d+s");
            assertThat(pod.path("terminationGracePeriodSeconds").asInt())
                    .isGreaterThan(preStop + Integer.parseInt(timeout.replace("s", "")));
        }
    }

    @Test
    void noImageIsLatestAndOnlyTheBaseKustomizationSetsImages() {
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            JsonNode kustomization = Manifests.documents(K8S.resolve(overlay).resolve("kustomization.yaml")).get(0);
            assertThat(kustomization.has("images")).as(overlay + " sets no image of its own").isFalse();
        }
        JsonNode kustomization = Manifests.documents(K8S.resolve("base/kustomization.yaml")).get(0);
        Set<String> named = new HashSet<>();
        kustomization.path("images").forEach(image -> {
            named.add(image.path("name").asText());
            assertThat(image.path("newTag").asText()).isNotBlank().isNotEqualTo("latest");
        });
        for (JsonNode workload : workloads(objects())) {
            for (JsonNode container : workload.at("/spec/template/spec/containers")) {
                String image = container.path("image").asText();
                assertThat(image).doesNotEndWith(":latest");
                if (image.startsWith("quote-stance/")) {
                    assertThat(named).contains(image);
                } else {
                    assertThat(image).as("a third-party image is pinned").matches(".+:[0-9][^:]*");
                }
            }
        }
    }

    @Test
    void selectorsMatchTheirPods() {
        List<JsonNode> all = objects();
        for (JsonNode workload : workloads(all)) {
            JsonNode labels = workload.at("/spec/template/metadata/labels");
            workload.at("/spec/selector/matchLabels").fields().forEachRemaining(entry ->
                    assertThat(labels.path(entry.getKey()).asText()).as(name(workload)).isEqualTo(entry.getValue().asText()));
        }
        for (JsonNode service : ofKind(all, "Service")) {
            JsonNode pod = podSelectedBy(all, service.at("/spec/selector"));
            assertThat(pod).as("a pod behind Service " + name(service)).isNotNull();
            Set<String> portNames = new HashSet<>();
            pod.at("/spec/template/spec/containers/0/ports").forEach(port -> portNames.add(port.path("name").asText()));
            service.at("/spec/ports").forEach(port -> assertThat(portNames).contains(port.path("targetPort").asText()));
        }
    }

    @Test
    void autoscalersAndDisruptionBudgetsTargetExistingDeployments() {
        List<JsonNode> base = objects("base");
        for (String service : SERVICES) {
            assertThat(ofKind(base, "HorizontalPodAutoscaler")).anySatisfy(hpa ->
                    assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service));
            boolean budgeted = ofKind(base, "PodDisruptionBudget").stream()
                    .map(pdb -> podSelectedBy(base, pdb.at("/spec/selector/matchLabels")))
                    .anyMatch(pod -> pod != null && name(pod).equals(service));
            assertThat(budgeted).as("a PodDisruptionBudget for " + service).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void networkPoliciesDenyByDefaultAndAdmitEveryPodSpecifically(String overlay) {
        List<JsonNode> objects = new ArrayList<>(objects("base"));
        objects.addAll(objects(overlay));
        List<JsonNode> policies = ofKind(objects, "NetworkPolicy");
        assertThat(policies).anySatisfy(policy -> {
            assertThat(policy.at("/spec/podSelector")).isEmpty();
            assertThat(policy.path("spec").has("ingress")).isFalse();
        });
        for (JsonNode workload : workloads(objects)) {
            JsonNode labels = workload.at("/spec/template/metadata/labels");
            boolean admitted = policies.stream().anyMatch(policy -> policy.path("spec").has("ingress")
                    && !policy.at("/spec/podSelector/matchLabels").isEmpty()
                    && selects(policy.at("/spec/podSelector/matchLabels"), labels));
            assertThat(admitted).as("a policy admitting traffic to " + name(workload)).isTrue();
        }
    }

    @Test
    void internalServicesAcceptTrafficFromTheGatewayOnly() {
        List<JsonNode> policies = ofKind(objects("base"), "NetworkPolicy");
        for (String service : List.of("quotes-service", "stance-service")) {
            JsonNode policy = policies.stream().filter(candidate -> name(candidate).equals(service)).findFirst().orElseThrow();
            List<String> fromPods = new ArrayList<>();
            policy.at("/spec/ingress").forEach(rule -> rule.path("from").forEach(peer ->
                    fromPods.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())));
            assertThat(fromPods).contains("gateway").doesNotContain("quotes-service", "stance-service");
        }
        JsonNode gateway = policies.stream().filter(candidate -> name(candidate).equals("gateway")).findFirst().orElseThrow();
        List<String> fromNamespaces = new ArrayList<>();
        gateway.at("/spec/ingress").forEach(rule -> rule.path("from").forEach(peer -> {
            assertThat(peer.has("podSelector") || peer.has("ipBlock")).as("gateway admits namespaces only").isFalse();
            fromNamespaces.add(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        }));
        assertThat(fromNamespaces).containsExactlyInAnyOrder("ingress-nginx", "monitoring");
        assertThat(ofKind(objects(), "Ingress")).allSatisfy(ingress ->
                ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(path ->
                        assertThat(path.at("/backend/service/name").asText()).isEqualTo("gateway"))));
    }

    @Test
    void prodIngressServesTheGatewayOverTls() {
        JsonNode ingress = ofKind(objects("overlays/prod"), "Ingress").get(0);
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isNotBlank();
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo(ingress.at("/spec/rules/0/host").asText());
    }

    @Test
    void noPasswordIsCommittedOutsideTheDevOverlay() throws IOException {
        Pattern literalSecret = Pattern.compile("(?i)\\b(password|token|tokens)\\s*[=:]\\s*\\S+");
        for (Path file : Manifests.files()) {
            if (file.startsWith(K8S.resolve("overlays/dev"))) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String content = line.replaceAll("#.*", "");
                Matcher matcher = literalSecret.matcher(content);
                assertThat(matcher.find() && !content.contains("key:")).as(file + ": " + line).isFalse();
            }
            assertThat(ofKind(Manifests.documents(file), "Secret")).as(file.toString()).isEmpty();
        }
    }

    @Test
    void dockerfilesRunTheFastJarAsNonRootOnAPinnedJdk17() throws IOException {
        for (String service : SERVICES) {
            String dockerfile = Files.readString(REPOSITORY.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).containsPattern("FROM \\S+openjdk-17\\S*:\\d[\\w.-]*")
                    .doesNotContain(":latest")
                    .contains("target/quarkus-app/lib/", "quarkus-run.jar", "MaxRAMPercentage")
                    .contains("EXPOSE " + property(service, "quarkus.http.port"));
            List<String> users = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile).results()
                    .map(user -> user.group(1)).toList();
            assertThat(users).as(service + ": the last USER runs the service").isNotEmpty().last().isEqualTo("185");
        }
    }

    @Test
    void imagesStartOnAClassDataArchiveWrittenByTheirOwnJdk() throws IOException {
        for (String service : SERVICES) {
            String dockerfile = Files.readString(REPOSITORY.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
            // Written in the image (an archive only maps into the JDK build that wrote it), then used by every start.
            assertThat(dockerfile).as(service)
                    .containsPattern("(?m)^RUN .*java .*-XX:ArchiveClassesAtExit=/deployments/app-cds.jsa "
                            + "-Dquarkus.appcds.generate=true")
                    .containsPattern("(?m)^ENV JAVA_OPTS_APPEND=.*-XX:SharedArchiveFile=/deployments/app-cds.jsa")
                    .contains("-Dquarkus.package.jar.appcds.enabled=true");
        }
    }

    private static JsonNode deployment(String service) {
        return ofKind(objects("base"), "Deployment").stream().filter(object -> name(object).equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + service));
    }

    private static JsonNode configMap(String service) {
        return ofKind(objects("base"), "ConfigMap").stream().filter(object -> name(object).equals(service + "-config"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + service + "-config")).path("data");
    }

    private static JsonNode podSelectedBy(List<JsonNode> objects, JsonNode selector) {
        return workloads(objects).stream().filter(workload -> selects(selector, workload.at("/spec/template/metadata/labels")))
                .findFirst().orElse(null);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the service's pom has the Quarkus OpenTelemetry extension. */
    private static boolean carriesOpenTelemetry(String service) {
        try {
            return Files.readString(REPOSITORY.resolve(service).resolve("pom.xml")).contains("<artifactId>quarkus-opentelemetry</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String service, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.*)$").matcher(Manifests.serviceProperties(service));
        assertThat(matcher.find()).as(service + " sets " + key).isTrue();
        return matcher.group(1).trim();
    }

    /**
     * Whether the service reads the variable: its configuration names it in an expression or sets the property the
     * variable overrides (Quarkus maps FOO_BAR to foo.bar), in any profile, or its code injects that property.
     */
    private static boolean readsVariable(String properties, String sources, String variable) {
        if (properties.contains("${" + variable)) {
            return true;
        }
        String property = variable.toLowerCase().replace('_', '.');
        return PROPERTY_KEY.matcher(properties).results().anyMatch(key -> asVariable(key.group(1)).equals(variable))
                || properties.contains("${" + property)
                || sources.contains("\"" + property + "\"");
    }

    /** A key set in application.properties, without its profile. */
    private static final Pattern PROPERTY_KEY = Pattern.compile("(?m)^(?:%[\\w-]+\\.)?([\\w.\\-\"]+)=");

    /** The environment variable SmallRye Config reads for a property: each other character an underscore, upper case. */
    private static String asVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
