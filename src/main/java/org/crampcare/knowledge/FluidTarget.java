package org.crampcare.knowledge;

/** A daily total water reference for one group of people. */
public record FluidTarget(String id, String label, Condition when, double litres, double ounces, double glasses) {
}
