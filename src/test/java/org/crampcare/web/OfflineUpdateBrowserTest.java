package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An update replaces the offline copies (issue #16): the same address served first by CrampCare on
 * the built-in knowledge, then on an edited copy of it. The service worker of the new version keeps
 * the new pages and deletes the old cache, so offline the edited page shows and the old one is gone.
 */
class OfflineUpdateBrowserTest {
    private static final String OLD_TITLE = "title: Easing a cramp\n";
    private static final String NEW_TITLE = "Easing a cramp, second edition";
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @Test
    void aNewKnowledgeVersionReplacesTheOldCopiesAndDeletesTheOldCache() throws Exception {
        CrampCare edited = CrampCare.fromFolder(editedKnowledge());
        try (RunningServer before = new RunningServer(); RunningServer after = new RunningServer(edited);
             FlakyNetwork network = new FlakyNetwork(before.port())) {
            Browser browser = CHROMIUM.open(network::url, true);
            OfflineDevice device = new OfflineDevice(browser, network);
            device.install("/");
            String shippedVersion = SharedCrampCare.BUILT_IN.knowledge().version();
            List<String> oldCaches = device.caches();
            assertThat(oldCaches).hasSize(1);
            assertThat(oldCaches.get(0)).startsWith("crampcare-").endsWith(shippedVersion);
            device.offline();
            browser.open("/knowledge/relief");
            assertThat(browser.h1()).isEqualTo("Easing a cramp");

            network.moveTo(after.port());
            device.online();
            String newCache = oldCaches.get(0).replace(shippedVersion, edited.knowledge().version());
            assertThat(newCache).isNotEqualTo(oldCaches.get(0));
            // Chromium checks for a new worker a moment after a navigation and puts the check off
            // again at each new one, so the page is opened again only every five seconds.
            long[] lastOpened = {0};
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                if (System.nanoTime() - lastOpened[0] > Duration.ofSeconds(5).toNanos()) {
                    browser.open("/");
                    lastOpened[0] = System.nanoTime();
                }
                return device.caches().equals(List.of(newCache));
            });
            device.offline();
            browser.open("/knowledge/relief");
            assertThat(device.showsACopy()).isTrue();
            assertThat(browser.h1()).isEqualTo(NEW_TITLE);
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    /** A copy of the shipped knowledge with one visible change: the relief topic's title. */
    private static Path editedKnowledge() throws IOException {
        Path shipped = Path.of("src/main/resources/knowledge");
        Path copy = Files.createTempDirectory("crampcare-knowledge-edited");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(shipped.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path relief = copy.resolve("relief.yaml");
        String text = Files.readString(relief);
        assertThat(text).contains(OLD_TITLE);
        Files.writeString(relief, text.replace(OLD_TITLE, "title: " + NEW_TITLE + "\n"));
        // The Spanish translation is checked against the English: as a translator would, note that it
        // was looked at against the edited English (issue #18), so the edited knowledge still loads.
        org.crampcare.knowledge.TranslationState topic = org.crampcare.knowledge.KnowledgeLoader.translationStates(
                org.crampcare.knowledge.KnowledgeFiles.folder(copy), org.crampcare.knowledge.Language.ES).stream()
                .filter(t -> t.kind().equals("topic") && t.id().equals("relief")).findFirst().orElseThrow();
        Path spanish = copy.resolve("es/relief.yaml");
        Files.writeString(spanish, Files.readString(spanish).replace("from: \"" + topic.from() + "\"",
                "from: \"" + topic.hash() + "\""));
        return copy;
    }
}
