package org.diplomacykg.kind.event;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;

/**
 * An event as one article reports it. Dates are ISO 8601 strings, possibly partial
 * ({@code 2023-11}); {@code partOf} names another event of the same article by its local id.
 */
public record EventFact(String localId, EventType type, String name, String startDate, String endDate,
                        EntityRef place, List<EntityRef> participants, EntityRef host, String occasion,
                        String partOf, Evidence evidence) implements Fact {
    public EventFact {
        participants = List.copyOf(participants);
    }

    @Override
    public List<EntityRef> entities() {
        List<EntityRef> out = new ArrayList<>(participants);
        if (place != null) {
            out.add(place);
        }
        if (host != null) {
            out.add(host);
        }
        return out;
    }
}
