package org.crampcare.diary;

import java.util.ArrayList;
import java.util.List;
import org.crampcare.triage.InputException;

/**
 * RFC 4180 CSV: fields with commas, quotes, line breaks or edge spaces are quoted, quotes doubled,
 * records end in CRLF; reading also takes LF endings.
 */
final class Csv {
    private Csv() {
    }

    static String record(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    private static String field(String f) {
        if (f == null || f.isEmpty()) {
            return "";
        }
        boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                || !f.equals(f.strip());
        return quote ? '"' + f.replace("\"", "\"\"") + '"' : f;
    }

    /** Reads every record; a quote left open is an error naming the record where it began. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int recordStart = 1;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                recordStart = records.size() + 1;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InputException("csv", "row " + recordStart + " has a quote that is never closed",
                    "unclosed-quote", recordStart);
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
