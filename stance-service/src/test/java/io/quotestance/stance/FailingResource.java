package io.quotestance.stance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a database bug would, to show that nothing of it reaches the client. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException(
                "ERROR: relation \"stance.secret_table\" does not exist; SELECT * FROM stance.secret_table");
    }
}
