package io.quotestance.gateway.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page} and {@code size} of every list. A size above 100 is refused (400), not clamped. */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "The page, from 0.", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Items per page, 1 to 100; above 100 answers 400.", example = "20")
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
