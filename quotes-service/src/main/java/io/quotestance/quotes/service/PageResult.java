package io.quotestance.quotes.service;

import java.util.List;

/**
 * One page of a listing and the number of items of all pages: exact when {@code totalExact}, else a lower bound
 * (listings that stop counting at a limit).
 */
public record PageResult<T>(List<T> items, long total, boolean totalExact) {

    public PageResult(List<T> items, long total) {
        this(items, total, true);
    }
}
