package io.quotestance.gateway.client;

/** A downstream service failed on its side (5xx or an answer the gateway cannot read). */
public class DownstreamUnavailableException extends RuntimeException {

    public DownstreamUnavailableException(String service, int status) {
        super(service + " answered " + status);
    }
}
