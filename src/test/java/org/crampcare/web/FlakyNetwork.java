package org.crampcare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network between the browser and a test server, as a TCP relay that can fail for real: go
 * offline (every connection is closed and new ones are refused an answer), lose the answer to one
 * request after the server has handled it, and move to another server behind the same address.
 *
 * <p>The browser only ever talks to this relay's address, so its service worker, caches and
 * storage belong to one origin however the server behind changes. Requests are counted by their
 * request line, so a test can see a request arrive twice.
 */
final class FlakyNetwork implements AutoCloseable {
    private static final int CARRY = 128;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "flaky-network");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean offline = new AtomicBoolean();
    private volatile int target;
    private volatile String watched = "";
    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicBoolean loseNext = new AtomicBoolean();

    /** A relay on a free local port to the server on {@code target}. */
    FlakyNetwork(int target) {
        this.target = target;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.submit(this::accept);
    }

    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** Cuts every connection and answers no new one, like a phone without signal. */
    void offline() {
        offline.set(true);
        closeAll();
    }

    void online() {
        offline.set(false);
    }

    /** Sends everything from now on to the server on {@code port}. */
    void moveTo(int port) {
        target = port;
        closeAll();
    }

    /**
     * Counts requests whose request line starts with {@code requestLine} (e.g. {@code POST /x});
     * with {@code loseNextAnswer} the next such request reaches the server but its answer is dropped
     * and the connection closed, as when a phone loses signal after sending.
     */
    void watch(String requestLine, boolean loseNextAnswer) {
        watched = requestLine;
        seen.set(0);
        loseNext.set(loseNextAnswer);
    }

    /** How many watched requests reached the server. */
    int watchedRequests() {
        return seen.get();
    }

    /** Whether the answer to be lost has been lost. */
    boolean answerLost() {
        return !loseNext.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket browser;
            try {
                browser = listener.accept();
            } catch (IOException e) {
                continue; // the listener was closed (the loop ends) or one connection failed
            }
            if (offline.get()) {
                close(browser);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(browser);
                open.add(server);
                AtomicBoolean lose = new AtomicBoolean();
                threads.submit(() -> up(browser, server, lose));
                threads.submit(() -> down(server, browser, lose));
            } catch (IOException e) {
                close(browser); // the server is not there: the browser sees a failed connection
            }
        }
    }

    /** Browser to server: counts the watched requests and marks the connection whose answer is to be lost. */
    private void up(Socket browser, Socket server, AtomicBoolean lose) {
        byte[] buffer = new byte[16 * 1024];
        String carry = "";
        try (InputStream in = browser.getInputStream(); OutputStream out = server.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                String text = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                String line = watched;
                if (!line.isEmpty()) {
                    int at = text.indexOf(line);
                    while (at >= 0) {
                        if (at + line.length() > carry.length()) {
                            seen.incrementAndGet();
                            if (loseNext.compareAndSet(true, false)) {
                                lose.set(true);
                            }
                        }
                        at = text.indexOf(line, at + 1);
                    }
                }
                carry = text.substring(Math.max(0, text.length() - CARRY));
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the connection ended (closed by either side, or cut on purpose)
        } finally {
            close(browser, server);
        }
    }

    /** Server to browser: forwards the answers, except on a connection whose answer is to be lost. */
    private void down(Socket server, Socket browser, AtomicBoolean lose) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = server.getInputStream(); OutputStream out = browser.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (lose.get()) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the connection ended (closed by either side, or cut on purpose)
        } finally {
            close(browser, server);
        }
    }

    private void close(Socket... sockets) {
        for (Socket s : sockets) {
            open.remove(s);
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private void closeAll() {
        open.forEach(this::close);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        closeAll();
        threads.shutdownNow();
    }
}
