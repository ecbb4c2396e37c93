package org.diplomacykg.facts;

import java.util.List;

/**
 * An event as one article reports it. Dates are ISO 8601 strings, possibly partial
 * ({@code 2023-11}); {@code partOf} names another event of the same article by its local id.
 */
public record EventFact(String localId, EventType type, String name, String startDate, String endDate,
                        EntityRef place, List<EntityRef> participants, EntityRef host, String occasion,
                        String partOf, Evidence evidence) implements java.io.Serializable {
    public EventFact {
        participants = List.copyOf(participants);
    }
}
