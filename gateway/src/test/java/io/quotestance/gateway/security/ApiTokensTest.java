package io.quotestance.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void aNamedTokenFindsItsEditor() {
        ApiTokens tokens = new ApiTokens(List.of("alice:secret-a", "bob:secret-b"));

        assertThat(tokens.editorFor("secret-b")).contains("bob");
        assertThat(tokens.editorFor("secret-a")).contains("alice");
    }

    @Test
    void aBareTokenIsNamedAfterTheFirstEightHexDigitsOfItsDigest() {
        ApiTokens tokens = new ApiTokens(List.of("just-a-token"));
        String digest = HexFormat.of().formatHex(ApiTokens.sha256("just-a-token"));

        assertThat(tokens.editorFor("just-a-token")).contains("editor-" + digest.substring(0, 8));
        assertThat(tokens.editorNames()).noneMatch(name -> name.contains("just-a-token"));
    }

    @Test
    void unknownTokensAndNearMissesFindNoEditor() {
        ApiTokens tokens = new ApiTokens(List.of("alice:secret-a"));

        assertThat(tokens.editorFor("secret")).isEmpty();
        assertThat(tokens.editorFor("secret-a ")).isEmpty();
        assertThat(tokens.editorFor("alice:secret-a")).isEmpty();
        assertThat(tokens.editorFor("")).isEmpty();
    }

    @Test
    void blankEntriesAreIgnoredAndNoTokensMeansNoEditor() {
        assertThat(new ApiTokens(List.of(" ", "")).editorNames()).isEmpty();
        assertThat(new ApiTokens(List.of()).editorFor("anything")).isEmpty();
    }

    @Test
    void onlyTheFirstColonSeparatesTheNameAndSpacesAreTrimmed() {
        ApiTokens tokens = new ApiTokens(List.of(" carol : to:ken "));

        assertThat(tokens.editorFor("to:ken")).contains("carol");
    }
}
