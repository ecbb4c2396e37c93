package org.diplomacykg.kind.agreement;

/** Kinds of outcomes; the names are the ontology's class local names. */
public enum AgreementType {
    Agreement, JointStatement, Plan, Partnership, Grant, Aid, EquipmentTransfer, Loan, Investment, FinancialArrangement,
    NegotiationAgreement, Dialogue;

    /** Transfers run one way, from a provider to a recipient. */
    public boolean isTransfer() {
        return this == Grant || this == Aid || this == EquipmentTransfer || this == Loan || this == Investment;
    }
}
