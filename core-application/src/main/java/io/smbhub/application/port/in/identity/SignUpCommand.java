package io.smbhub.application.port.in.identity;

/**
 * Sign up a business (spec smb-hub-prd.md Epic 0): business name, profile ({@code general} default),
 * owner email and password (8–72 characters), IANA timezone (default UTC), ISO 4217 currency (default USD).
 */
public record SignUpCommand(String businessName, String profileId, String email, String password, String timezone,
                            String currency) {
    @Override
    public String toString() {
        return "SignUpCommand[businessName=" + businessName + ", email=" + email + ", password=***]";
    }
}
