package io.quotestance.gateway.ratelimit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts a write against its client: the token's identity, or the client address for a request that is somehow
 * anonymous. Runs after the role check, so that unauthenticated requests neither count nor create buckets.
 */
@WriteRateLimited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class WriteRateLimitInterceptor {

    private final WriteRateLimits limits;
    private final SecurityIdentity identity;
    private final RoutingContext request;

    WriteRateLimitInterceptor(WriteRateLimits limits, SecurityIdentity identity, RoutingContext request) {
        this.limits = limits;
        this.identity = identity;
        this.request = request;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        limits.acquire(identity.isAnonymous() ? "address:" + request.request().remoteAddress().hostAddress()
                : "token:" + identity.getPrincipal().getName());
        return invocation.proceed();
    }
}
