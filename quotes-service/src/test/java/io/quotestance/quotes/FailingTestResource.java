package io.quotestance.quotes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in the test application: a request that fails inside, as a bug or a database outage would. */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM quotes.article failed at io.quotestance.Hidden");
    }
}
