package io.quotestance.gateway.rest;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.config.AdmissionConfig;
import io.quotestance.gateway.config.GatewayConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Works on a few API requests at once and lets the others wait their turn, first come first served. With every
 * request in flight at once, each shares the cores with all the others through the gateway, both services and
 * PostgreSQL, and its latency depends on what else happens to run: at 32 connections on two cores the slowest
 * hundredth took three to six times the median. Waiting in line costs each request about the same.
 */
@ApplicationScoped
public class RequestAdmission {

    private static final int ADMISSION_ROUTE_ORDER = -250;

    private final int maxInFlight;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final int retryAfterSeconds;
    private final ObjectMapper json;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final Counter turnedAwayLineFull;
    private final Counter turnedAwayWaitedTooLong;

    RequestAdmission(AdmissionConfig config, GatewayConfig gateway, MeterRegistry registry, ObjectMapper json) {
        this.json = json;
        this.maxInFlight = config.maxInFlight();
        this.maxWaiting = config.maxWaiting();
        this.maxWaitMillis = Math.max(1, config.maxWait().toMillis());
        this.retryAfterSeconds = gateway.retryAfterSeconds();
        Gauge.builder("quotestance.admission.in.flight", inFlight, AtomicInteger::get)
                .description("API requests being worked on").register(registry);
        Gauge.builder("quotestance.admission.waiting", waitingCount, AtomicInteger::get)
                .description("API requests waiting their turn").register(registry);
        this.turnedAwayLineFull = turnedAway("line-full", registry);
        this.turnedAwayWaitedTooLong = turnedAway("waited-too-long", registry);
    }

    private static Counter turnedAway(String reason, MeterRegistry registry) {
        return Counter.builder("quotestance.admission.turned.away").tag("reason", reason)
                .description("API requests answered 503 without being worked on").register(registry);
    }

    void install(@Observes Router router) {
        if (maxInFlight > 0) {
            // After Quarkus's CORS filter (-300), which answers preflights at once and gives a 503 its CORS headers;
            // before authentication (-200) and the REST endpoints, so that a request waits before any work is done.
            router.route("/api/*").order(ADMISSION_ROUTE_ORDER).handler(this::admit);
        }
    }

    /** A request waiting for its turn; admitted or turned away once, whichever comes first. */
    private static final class Waiting {
        final RoutingContext request;
        final Context context;
        final AtomicBoolean settled = new AtomicBoolean();
        volatile long timer;

        Waiting(RoutingContext request, Context context) {
            this.request = request;
            this.context = context;
        }
    }

    private void admit(RoutingContext request) {
        if (tryTakeTurn()) {
            proceed(request);
            return;
        }
        if (waitingCount.incrementAndGet() > maxWaiting) {
            waitingCount.decrementAndGet();
            turnedAwayLineFull.increment();
            turnAway(request, "Too many requests are waiting; try again later.");
            return;
        }
        // Its body, if any, is read once its turn comes.
        request.request().pause();
        Waiting entry = new Waiting(request, Vertx.currentContext());
        entry.timer = request.vertx().setTimer(maxWaitMillis, id -> {
            if (entry.settled.compareAndSet(false, true)) {
                waitingCount.decrementAndGet();
                request.request().resume();
                turnedAwayWaitedTooLong.increment();
                turnAway(request, "The API is busy; try again later.");
            }
        });
        waiting.add(entry);
        // A turn may have been given back between the try above and joining the line.
        admitWaiting();
    }

    private boolean tryTakeTurn() {
        int current;
        do {
            current = inFlight.get();
            if (current >= maxInFlight) {
                return false;
            }
        } while (!inFlight.compareAndSet(current, current + 1));
        return true;
    }

    private void proceed(RoutingContext request) {
        AtomicBoolean givenBack = new AtomicBoolean();
        request.addEndHandler(ended -> {
            if (givenBack.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
                admitWaiting();
            }
        });
        request.next();
    }

    private void admitWaiting() {
        while (!waiting.isEmpty() && tryTakeTurn()) {
            Waiting next = waiting.poll();
            if (next == null || !next.settled.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
                continue;
            }
            waitingCount.decrementAndGet();
            next.request.vertx().cancelTimer(next.timer);
            next.context.runOnContext(ignored -> {
                if (next.request.response().closed()) {
                    // The client left while waiting.
                    inFlight.decrementAndGet();
                    admitWaiting();
                    return;
                }
                next.request.request().resume();
                proceed(next.request);
            });
        }
    }

    private void turnAway(RoutingContext request, String detail) {
        if (request.response().closed() || request.response().ended()) {
            return;
        }
        Response.Status status = Response.Status.SERVICE_UNAVAILABLE;
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                request.request().path(), List.of());
        try {
            request.response().setStatusCode(status.getStatusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            request.fail(impossible);
        }
    }
}
