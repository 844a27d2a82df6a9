package org.crampcare.diary;

/**
 * Keeps exported CSV cells from being run as formulas by a spreadsheet (CSV injection).
 *
 * <p>A cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return (after any number of apostrophes) is written with one more apostrophe in front, which
 * spreadsheets show as plain text. Reading takes exactly that one apostrophe off again, so an
 * export imports back unchanged, notes that really begin with an apostrophe included.
 */
final class FormulaGuard {
    private FormulaGuard() {
    }

    /** The cell as written to the file. */
    static String guard(String cell) {
        return cell != null && needsGuard(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #guard}. */
    static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && needsGuard(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i >= cell.length()) {
            return false;
        }
        char c = cell.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
