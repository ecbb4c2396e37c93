package org.diplomacykg.kind.agreement;

/** How far an agreement or transfer has got, as the text reports it. */
public enum AgreementStatus {
    announced, agreed, signed, pledged, adopted, under_negotiation
}
