package org.crampcare.web.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.crampcare.knowledge.Language;

/**
 * The web app manifest in each language: the name, description and shortcuts an installed app shows.
 *
 * <p>The English manifest is the file {@code web/manifest.webmanifest}, served as it is; another
 * language gets the same file with its words taken from the page texts ({@code manifest.*}) and its
 * own address, which the pages of that language link to. The start page and shortcuts stay the
 * same addresses: the pages they open choose their language as every page does.
 */
public final class WebManifest {
    private static final String BASE = "/manifest.webmanifest";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each shortcut's name and short name, in the file's order. */
    private static final List<String> SHORTCUTS = List.of("manifest.now", "manifest.log");

    private WebManifest() {
    }

    /** The address of the manifest in {@code language}. */
    public static String path(Language language) {
        return language == Language.base() ? BASE : "/manifest." + language.tag() + ".webmanifest";
    }

    /** The manifest in the language of {@code texts}: the English file itself, or a copy with the language's words. */
    public static byte[] in(byte[] english, Texts texts) {
        if (texts.language() == Language.base()) {
            return english;
        }
        try {
            ObjectNode m = (ObjectNode) JSON.readTree(english);
            m.put("name", texts.get("manifest.name")).put("description", texts.get("manifest.description"))
                    .put("lang", texts.tag());
            for (int i = 0; i < SHORTCUTS.size(); i++) {
                ((ObjectNode) m.get("shortcuts").get(i)).put("name", texts.get(SHORTCUTS.get(i)))
                        .put("short_name", texts.get(SHORTCUTS.get(i) + "-short"));
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException("web/manifest.webmanifest cannot be read", e);
        }
    }
}
