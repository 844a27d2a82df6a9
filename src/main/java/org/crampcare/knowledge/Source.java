package org.crampcare.knowledge;

/** One clinical source article that content items cite by id. */
public record Source(String id, String publisher, String title, String date, String covers) {
}
