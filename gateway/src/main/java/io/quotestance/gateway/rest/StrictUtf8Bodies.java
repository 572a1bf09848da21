package io.quotestance.gateway.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quotestance.gateway.api.Problem;
import io.quotestance.gateway.service.ApiProblemException;

/**
 * Refuses JSON bodies that are not valid UTF-8 (400). The JSON parser decodes some invalid sequences, such as overlong
 * encodings of '/', into ordinary characters, which would let bytes a client never meant as text through every
 * check after it. Runs on the worker thread before the body is read, so the body (at most the HTTP body limit) is
 * buffered once and handed on unchanged. GET and HEAD bodies are left alone: no read takes one, and the reads run on
 * the event loop, where reading a body this way would block.
 */
public class StrictUtf8Bodies {

    @ServerRequestFilter
    public void requireUtf8(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()) || type == null
                || !request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException invalid) {
            throw new ApiProblemException(400, "The body is not valid UTF-8.",
                    List.of(new Problem.Violation("body", "is not valid UTF-8")));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
