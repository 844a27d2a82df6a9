package org.crampcare.knowledge;

import java.util.HashMap;
import java.util.Map;

/** Remembers the file and path each loaded thing came from, so later checks can point at it. */
final class Locations {
    private final Map<String, Problem> places = new HashMap<>();

    /** Records where a thing is; returns a problem when the id was already used by another one. */
    java.util.Optional<Problem> put(String kind, String id, String file, String path) {
        Problem earlier = places.putIfAbsent(kind + ":" + id, new Problem(file, path, ""));
        return earlier == null ? java.util.Optional.empty() : java.util.Optional.of(new Problem(file, path + ".id",
                "duplicate " + kind + " id '" + id + "' (first at " + earlier.file() + " " + earlier.path() + ")"));
    }

    /** A problem located at the thing, or at a field under it. */
    Problem problem(String kind, String id, String subPath, String message) {
        Problem p = places.get(kind + ":" + id);
        return p == null ? new Problem("?", subPath, message) : new Problem(p.file(), p.path() + subPath, message);
    }
}
