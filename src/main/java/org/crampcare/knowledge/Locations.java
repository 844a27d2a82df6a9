package org.crampcare.knowledge;

import java.util.HashMap;
import java.util.Map;

/** Remembers the file and path each loaded thing came from, so later checks can point at it. */
final class Locations {
    private final Map<String, Problem> places = new HashMap<>();

    void put(String kind, String id, String file, String path) {
        places.putIfAbsent(kind + ":" + id, new Problem(file, path, ""));
    }

    boolean has(String kind, String id) {
        return places.containsKey(kind + ":" + id);
    }

    String of(String kind, String id) {
        Problem p = places.get(kind + ":" + id);
        return p == null ? "?" : p.file() + " " + p.path();
    }

    /** A problem located at the thing, or at a field under it. */
    Problem problem(String kind, String id, String subPath, String message) {
        Problem p = places.get(kind + ":" + id);
        return p == null ? new Problem("?", subPath, message) : new Problem(p.file(), p.path() + subPath, message);
    }
}
