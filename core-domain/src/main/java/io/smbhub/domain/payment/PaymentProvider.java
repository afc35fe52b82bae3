package io.smbhub.domain.payment;

/** How money arrived (spec smb-hub-prd.md 2.1 "Payment"). CASH, BANK and OTHER are recorded by hand. */
public enum PaymentProvider { CASH, BANK, STRIPE, OTHER }
