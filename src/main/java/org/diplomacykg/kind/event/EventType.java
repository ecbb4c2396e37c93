package org.diplomacykg.kind.event;

/** Kinds of diplomatic events; the names are the ontology's class local names. */
public enum EventType {
    Summit, BilateralMeeting, Talks, Visit, Meeting
}
