package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server settings: option, then environment, then default; bad values name the setting. */
class ServerConfigTest {

    @Test
    void defaults() {
        ServerConfig c = ServerConfig.resolve(null, null, null, Map.of());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("data"));
    }

    @Test
    void optionWinsOverEnvironment() {
        Map<String, String> env = Map.of("CRAMPCARE_PORT", "9000", "CRAMPCARE_HOST", "0.0.0.0", "CRAMPCARE_DATA", "/srv/cc");
        assertThat(ServerConfig.resolve(null, null, null, env))
                .isEqualTo(new ServerConfig(9000, "0.0.0.0", Path.of("/srv/cc")));
        assertThat(ServerConfig.resolve("9100", null, null, env).port()).isEqualTo(9100);
    }

    @Test
    void badValuesNameTheSetting() {
        assertThatThrownBy(() -> ServerConfig.resolve("70000", null, null, Map.of()))
                .hasMessage("--port / CRAMPCARE_PORT: must be 1-65535, got 70000");
        assertThatThrownBy(() -> ServerConfig.resolve(null, null, null, Map.of("CRAMPCARE_PORT", "http")))
                .hasMessageStartingWith("--port / CRAMPCARE_PORT: must be a whole number");
        assertThatThrownBy(() -> ServerConfig.resolve(null, "local host", null, Map.of()))
                .hasMessageStartingWith("--host / CRAMPCARE_HOST");
    }

    @Test
    void dataFolderIsCreatedOrRefusedByName(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("a/b");
        new ServerConfig(8080, "127.0.0.1", data).prepareDataDir();
        assertThat(data).isDirectory();
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> new ServerConfig(8080, "127.0.0.1", file).prepareDataDir())
                .hasMessageStartingWith("--data / CRAMPCARE_DATA");
    }
}
