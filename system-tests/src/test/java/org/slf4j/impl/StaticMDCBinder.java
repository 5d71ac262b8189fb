package org.slf4j.impl;

/**
 * A marker, not a binding. MicroShed Testing 0.9.2's internal logger hands its messages to SLF4J only when this
 * SLF4J 1.x class is on the class path and a log4j configuration is named (the failsafe configuration sets
 * {@code log4j.configuration}); otherwise it prints them to standard output, and among them every request and
 * response body of its REST clients: passwords and tokens of the test accounts. With this marker its messages go
 * through SLF4J 2 to slf4j-simple, which keeps warnings only. SLF4J 2 itself never looks for this class.
 */
public final class StaticMDCBinder {

    private StaticMDCBinder() {
    }
}
