package org.crampcare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The release archive's descriptor ({@code src/assembly/release.xml}, built by {@code -Prelease}) takes
 * the jar, an executable launcher, the systemd unit with its settings file, both proxy examples, the
 * docs and the README, and every file it names from the repository exists.
 *
 * <p>Checked from the descriptor because building the archive needs the whole package phase; the
 * archive itself was unpacked and run by hand for issue #15 (docs/operations.md, section 1).
 */
class ReleaseArchiveTest {
    private static final Path DESCRIPTOR = Path.of("src/assembly/release.xml");

    @Test
    void theArchiveHoldsTheJarLauncherUnitProxyExamplesAndDocs() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        List<String> files = new ArrayList<>();
        NodeList fileNodes = d.getElementsByTagName("file");
        for (int i = 0; i < fileNodes.getLength(); i++) {
            Element f = (Element) fileNodes.item(i);
            String source = text(f, "source");
            files.add(source + " -> " + text(f, "outputDirectory") + " " + text(f, "fileMode"));
            if (!source.startsWith("${project.build.directory}")) {
                assertThat(Path.of(source)).as("a file the archive takes").isRegularFile();
            }
        }
        assertThat(files).contains("${project.build.directory}/${project.build.finalName}.jar -> lib ",
                "deploy/crampcare -> . 0755", "README.md -> . ");
        List<String> folders = new ArrayList<>();
        NodeList sets = d.getElementsByTagName("fileSet");
        for (int i = 0; i < sets.getLength(); i++) {
            folders.add(text((Element) sets.item(i), "directory"));
        }
        assertThat(folders).containsExactlyInAnyOrder("deploy", "docs");
        for (String name : List.of("crampcare.service", "crampcare.env", "nginx.conf", "Caddyfile", "crampcare")) {
            assertThat(Path.of("deploy", name)).isRegularFile();
        }
        assertThat(Files.isExecutable(Path.of("deploy/crampcare"))).isTrue();
        assertThat(Path.of("docs/operations.md")).isRegularFile();
        assertThat(Files.readString(Path.of("deploy/crampcare.service"))).contains("ExecStart=/opt/crampcare/crampcare serve");
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
