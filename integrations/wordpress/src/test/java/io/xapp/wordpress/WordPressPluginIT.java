package io.xapp.wordpress;

import static io.xapp.testing.platform.partner.Assistants.phase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.testing.platform.LocalPlatform;
import io.xapp.testing.platform.partner.Assistants;
import io.xapp.testing.platform.partner.Browser;
import io.xapp.testing.platform.partner.Partner;
import io.xapp.testing.platform.partner.QaReview;
import io.xapp.testing.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real WordPress, as a web host's customer uses it: the partner subscribes the customer (whose
 * WordPress site carries the fixture site's pages), QA approves, the customer uploads the plugin zip into their
 * WordPress, pastes the snippets of ReadyForInstallation, and their visitors get the widget and the search box;
 * then the customer removes the plugin and nothing of it stays.
 *
 * <p>The partner environment is the e2e module's (the chart on the local control plane, its Deployments run by the
 * pod stand-in); WordPress is Debian's, on a throw-away MariaDB, served by PHP on 127.0.0.1 (WordPressSite).
 */
class WordPressPluginIT {

    private static final String PARTNER_ID = "WP-PARTNER-3";
    private static final String CUSTOMER_ID = "brightside-wp-0015";
    private static final String COMPANY = "Brightside Family Dental";
    private static final String TIER = "growth";
    private static final String TEMPLATE = "local-business";
    private static final String PLUGIN_FILES = "/plugins/xapp-assistant/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WordPressSite site;
    private static LocalPlatform platform;

    private final Path zip = Path.of(System.getProperty("xapp.plugin.zip", "target/xapp-assistant.zip"));
    private final Browser browser = new Browser("wordpress.mjs", List.of());
    private final Map<String, String> session = new HashMap<>();
    private final String name = CustomerNames.assistantName(CUSTOMER_ID);

    @BeforeAll
    static void startTheSiteAndThePartnerEnvironment() {
        site = WordPressSite.start(Repo.fixtureSite("brightside-dental"),
                Path.of(System.getProperty("xapp.wordpress.tools.dir", "src/test/php")),
                Path.of(System.getProperty("java.io.tmpdir"), "xapp-wordpress"),
                Path.of(System.getProperty("xapp.wordpress.work.dir", "target/wordpress")));
        platform = LocalPlatform.start(PARTNER_ID, "1m");
    }

    @AfterAll
    static void stopThem() {
        if (platform != null) {
            platform.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aCustomerInstallsTheAssistantWithThePluginAndRemovesIt() throws Exception {
        assertThat(zip).as("the plugin zip (mvn package)").isRegularFile();
        session.putAll(Map.of("WP_URL", site.wordpressUrl().toString(), "ADMIN_USER", "owner",
                "ADMIN_PASSWORD", "Brightside-" + Long.toHexString(System.nanoTime()) + "-Owner!"));
        check("install", Map.of("ZIP", zip.toAbsolutePath().toString()));

        JsonNode snippets = anApprovedAssistantForTheSite();
        check("configure", Map.of("WIDGET_SNIPPET", snippets.path("widget_snippet").asText(),
                "SEARCH_SNIPPET", snippets.path("search_snippet").asText()));
        String stored = storedOption();
        assertThat(stored).as("the option holds the assistant and keys read from the snippets")
                .contains(session.get("ASSISTANT_URL"), snippets.path("widget_key").asText(),
                        snippets.path("search_key").asText());

        String managerPassword = "Manager-" + Long.toHexString(System.nanoTime()) + "!";
        assertThat(site.task("limited-admin", "manager", managerPassword))
                .contains("\"manage_options\":false");
        check("refusals", Map.of("LIMITED_USER", "manager", "LIMITED_PASSWORD", managerPassword));
        assertThat(storedOption()).as("nothing refused changed the option").isEqualTo(stored);

        JsonNode pages = JSON.readTree(site.task("pages"));
        // A question of the fixture's qa.json as a visitor types it, answered first from the page it names
        check("visitor", Map.of("QUESTION", "whats the after hours emergancy number", "EXPECT", "555-0199",
                "SOURCE", "/services/emergency-dentistry.html", "SEARCH", "teeth whitening",
                "SHORTCODE_PAGE", pages.path("shortcode").asText(), "BLOCK_PAGE", pages.path("block").asText()));
        check("switches", Map.of("THEME_SEARCH_PAGE", pages.path("themesearch").asText()));
        check("uninstall", Map.of());

        assertThat(site.sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%xapp%'").strip())
                .as("no option of the plugin left in the database").isEmpty();
        List<String> notices = site.debugLogLines(PLUGIN_FILES);
        assertThat(notices).as("PHP notices, warnings or errors in the plugin's files with WP_DEBUG on (%s)",
                site.debugLog()).isEmpty();
        System.out.printf("[wordpress] plugin zip %d bytes; PHP log lines naming the plugin: %d (of %d in all)%n",
                Files.size(zip), notices.size(), site.debugLogLines("").size());
    }

    /** CreateSubscription for the WordPress site, QA approval, and the partner's ReadyForInstallation. */
    private JsonNode anApprovedAssistantForTheSite() throws Exception {
        Partner partner = new Partner(platform);
        partner.subscribe(CUSTOMER_ID, COMPANY, site.url(), TIER, TEMPLATE);
        Assistant awaiting = await("Assistant " + name + " for " + site.url() + " in AwaitingQA")
                .atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                .until(this::assistantOrNull, a -> phase(a) == Phase.AwaitingQA);
        try (var alice = platform.user("qa-alice")) {
            QaReview.approve(alice, platform.namespace(), name, awaiting.getStatus().getQa().getRevision());
        }
        Assistant ready = await("Assistant " + name + " Ready after approval").atMost(Duration.ofMinutes(3))
                .until(this::assistantOrNull, a -> phase(a) == Phase.Ready && a.getStatus().getInstall() != null);
        Assistants.awaitRuntimeReady(ready);
        JsonNode event = partner.awaitReadyForInstallation(CUSTOMER_ID, ready.getStatus().getInstall());
        session.put("LAUNCHER_LABEL", Assistants.launcherLabel(platform, TEMPLATE));
        session.put("SEARCH_LABEL", "Search " + COMPANY);
        session.put("ASSISTANT_URL", ready.getStatus().getRuntime().getUrl() + "/");
        return event.path("detail");
    }

    private void check(String check, Map<String, String> variables) throws Exception {
        Map<String, String> all = new HashMap<>(session);
        all.putAll(variables);
        String output = browser.run(check, all);
        System.out.print(output);
        assertThat(output).contains("ok - " + check);
    }

    private String storedOption() {
        return site.sql("SELECT option_value FROM wp_options WHERE option_name = 'xapp_assistant'").strip();
    }

    private Assistant assistantOrNull() {
        return Assistants.find(platform, name);
    }
}
