package org.diplomacykg.facts;

import java.util.List;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.quotation.QuotationFact;

/** Everything extracted from one article: the hand-off from extract to reconcile. */
public record ArticleFacts(ArticleInfo article, List<EntityRef> mentions, List<PersonFact> people,
                           List<EventFact> events, List<AgreementFact> agreements, List<QuotationFact> quotations) implements java.io.Serializable {
    public ArticleFacts {
        mentions = List.copyOf(mentions);
        people = List.copyOf(people);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        quotations = List.copyOf(quotations);
    }
}
