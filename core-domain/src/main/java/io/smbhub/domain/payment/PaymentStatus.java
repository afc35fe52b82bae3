package io.smbhub.domain.payment;

/** Outcome of a payment (spec smb-hub-prd.md 2.1). Manual payments are SUCCEEDED when recorded. */
public enum PaymentStatus { PENDING, SUCCEEDED, FAILED, REFUNDED }
