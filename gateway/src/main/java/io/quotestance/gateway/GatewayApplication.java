package io.quotestance.gateway;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public API's OpenAPI description; the endpoints are the resources of {@code rest}. */
@OpenAPIDefinition(
        info = @Info(title = "quote-stance public API", version = "0.1.0",
                description = "Who said what in the news, and where they stand on the story's claim. The API finds the "
                        + "statements an article attributes to people and labels each statement's stance: confirm, "
                        + "deny, uncertain or concern. Reads are public; writes need a bearer token. When the stance "
                        + "service cannot answer in time, quotes are still served with stance null and degraded true. "
                        + "Errors are RFC 9457 problem details (application/problem+json).",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "analysis", description = "Extraction and stance on texts that are not stored"),
                @Tag(name = "articles", description = "Stored articles with their quotes and stances"),
                @Tag(name = "quotes", description = "Statements, their stances and editors' labels"),
                @Tag(name = "speakers", description = "Who the statements are attributed to") })
@SecurityScheme(securitySchemeName = GatewayApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A write token from QUOTESTANCE_API_TOKENS, or an access token of the OIDC provider when"
                + " QUOTESTANCE_AUTH_MODE=oidc")
public class GatewayApplication extends Application {

    /** The security scheme of every write. */
    public static final String BEARER = "bearer";
}
