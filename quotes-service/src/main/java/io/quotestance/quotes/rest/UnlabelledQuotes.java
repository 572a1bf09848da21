package io.quotestance.quotes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UnlabelledQuotes", description = "Quotes whose copied label is still null, oldest first.")
public record UnlabelledQuotes(List<StoredQuote> items) {
}
