package io.quotestance.quotes.rest;

import io.quotestance.quotes.service.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

@Schema(name = "Page", description = "One page of a listing; total counts the items of all pages.")
public record PageResponse<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "57") long total,
        @Schema(description = "False when counting stopped at a limit: total is then a lower bound")
        boolean totalExact) {

    static <E, T> PageResponse<T> of(PageResult<E> result, int page, int size, Function<E, T> mapper) {
        return new PageResponse<>(result.items().stream().map(mapper).toList(), page, size, result.total(),
                result.totalExact());
    }
}
