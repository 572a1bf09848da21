package io.quotestance.quotes.service;

import java.util.List;

/** One page of a listing and the number of items of all pages. */
public record PageResult<T>(List<T> items, long total) {
}
