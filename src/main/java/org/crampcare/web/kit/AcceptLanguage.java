package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.Language;

/**
 * Reads the language a client asks for in {@code Accept-Language}, and marks answers with the
 * language they are in.
 *
 * <p>The first language CrampCare speaks, taking the ranges by quality ({@code q}, highest first,
 * in header order among equals), wins: {@code fr, es;q=0.8, en;q=0.5} gives Spanish. A range of
 * quality 0, the wildcard {@code *} and unknown languages choose nothing; when nothing is chosen
 * the caller falls back (the input's language, then English). Answers say their language in
 * {@code Content-Language}, and {@code Vary: Accept-Language} tells caches the answer depends on
 * the header.
 */
public final class AcceptLanguage {
    /** The longest header read; longer ones are cut there (Jetty limits the whole header block anyway). */
    static final int MAX_HEADER = 1024;

    private AcceptLanguage() {
    }

    /** One language range of the header with its quality. */
    private record Range(String tag, double quality, int position) {
    }

    /** The language the header prefers among those CrampCare speaks, if any. */
    public static Optional<Language> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] parts = header.substring(0, Math.min(header.length(), MAX_HEADER)).split(",");
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double q = quality(pieces);
            if (q > 0) {
                ranges.add(new Range(pieces[0].strip(), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        return ranges.stream().map(r -> Language.fromTag(r.tag())).flatMap(Optional::stream).findFirst();
    }

    /** The language the request's header prefers, if CrampCare speaks one of them. */
    public static Optional<Language> of(Context ctx) {
        return preferred(ctx.header("Accept-Language"));
    }

    /** The language the request prefers, or the base language. */
    public static Language orBase(Context ctx) {
        return of(ctx).orElse(Language.base());
    }

    /** Marks the answer as written in {@code language} and as depending on {@code Accept-Language}. */
    public static void mark(Context ctx, Language language) {
        ctx.header("Content-Language", language.tag());
        ctx.header("Vary", "Accept-Language");
    }

    /** The quality of a range ({@code q=0.5}); 1 when not given, 0 (not acceptable) when unreadable. */
    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
