package de.lotse.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.web.WebSlice;
import java.io.UnsupportedEncodingException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The UI's own files are served under {@code /assets/}, to anyone, and the webjars under
 * {@code /webjars/}; no other path is looked up as a file, so that a page's links to participants,
 * forms and reports are written as they are instead of each being searched for on the classpath.
 * A page names its files by their content, so that a browser keeps them until they change; the
 * pages themselves are never kept.
 */
@WebMvcTest(StartPageController.class)
@WebSlice
class AssetsTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ResourceUrlProvider resourceUrls;

    @Test
    void servesTheStyleSheetAndScriptsUnderAssetsWithoutSignIn() {
        assertThat(mvc.get().uri("/assets/css/lotse.css").exchange())
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/css");
        assertThat(mvc.get().uri("/assets/js/lotse.js").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange())
                .hasStatusOk();
    }

    @Test
    void pagesLinkTheirFilesByContentForBrowsersToKeep() throws UnsupportedEncodingException {
        var page = mvc.get().uri("/login").exchange();
        assertThat(page).headers().hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        var body = page.getResponse().getContentAsString();
        assertThat(body)
                .containsPattern("href=\"/assets/css/lotse-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/assets/js/lotse-[0-9a-f]{32}\\.js\"");

        var files = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"")
                .matcher(body)
                .results()
                .map(link -> link.group(1))
                .toList();
        assertThat(files).hasSize(3);
        for (var file : files) {
            assertThat(mvc.get().uri(file).exchange())
                    .as(file)
                    .hasStatusOk()
                    .headers()
                    .hasValue("Cache-Control", "max-age=31536000");
        }
    }

    @Test
    void onlyTheAssetsAndWebjarsPathsAreServedAsFiles() {
        assertThat(resourceUrls.getHandlerMap()).containsOnlyKeys("/assets/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/participants/0b7e8f0c-4d0e-4c43-9d1e-8b0f3e1a2c55"))
                .isNull();
    }
}
