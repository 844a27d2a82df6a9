package org.crampcare.web.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.crampcare.web.kit.ClasspathFile;

/**
 * The service worker script ({@code /sw.js}) of this server: {@code web/sw.js} with the cache
 * version and the list of pages to keep filled in.
 *
 * <p>The version joins the build stamp ({@code web/build.properties}, filled in by Maven) and the
 * knowledge version, so a new build or an edited knowledge file gives a new script; browsers then
 * install it, and it deletes every older copy.
 *
 * @param version the cache version, e.g. {@code 0.1.0-SNAPSHOT+2026-12-01T22:37:42Z-1-3fa9c2d1e0ab}
 * @param bytes   the script as served
 */
public record ServiceWorkerScript(String version, byte[] bytes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The script for the given knowledge version, keeping the given same-site addresses; each of
     * {@code localized} (pages, not files) is kept once per language of {@code languages}.
     */
    public static ServiceWorkerScript of(String knowledgeVersion, List<String> pages, List<String> localized,
                                         List<String> languages) {
        String version = buildVersion() + "-" + knowledgeVersion;
        String template = new String(ClasspathFile.read("/web/sw.js"), StandardCharsets.UTF_8);
        try {
            String script = template.replace("/* VERSION */", version)
                    .replace("[/* PAGES */]", JSON.writeValueAsString(pages))
                    .replace("[/* LOCALIZED */]", JSON.writeValueAsString(localized))
                    .replace("[/* LANGUAGES */]", JSON.writeValueAsString(languages));
            return new ServiceWorkerScript(version, script.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the list of offline pages", e);
        }
    }

    /** The build stamp Maven wrote into {@code web/build.properties}. */
    static String buildVersion() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(ClasspathFile.read("/web/build.properties"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/build.properties", e);
        }
        String version = p.getProperty("version", "");
        if (!version.matches("[0-9A-Za-z.:+_-]+") || version.contains("${")) {
            throw new IllegalStateException("web/build.properties has no build version (was it filtered by Maven?): "
                    + version);
        }
        return version;
    }
}
