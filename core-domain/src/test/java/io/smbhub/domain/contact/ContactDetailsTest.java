package io.smbhub.domain.contact;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactDetailsTest {

    private static ContactDetails with(String name, String email, String phone) {
        return new ContactDetails(null, name, null, email, phone, null, null, null, null);
    }

    @Test
    void normalisesAndDefaults() {
        ContactDetails d = new ContactDetails(null, "  John Smith ", "", " John@Example.COM ", " +1 (416) 555-0100 ", null,
                List.of("vip", " vip ", ""), " ", null);
        assertThat(d.displayName()).isEqualTo("John Smith");
        assertThat(d.companyName()).isNull();
        assertThat(d.email()).isEqualTo("john@example.com");
        assertThat(d.phone()).isEqualTo("+1 (416) 555-0100");
        assertThat(d.tags()).containsExactly("vip");
        assertThat(d.notes()).isNull();
        assertThat(d.type()).isEqualTo(ContactType.CUSTOMER);
        assertThat(d.status()).isEqualTo(ContactStatus.ACTIVE);
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        assertThatThrownBy(() -> with(" ", "not-an-email", "12")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder("display_name", "email", "phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "a b@c.de", "@example.com", "john@", "john@@example.com"})
    void refusesMalformedEmails(String email) {
        assertThatThrownBy(() -> with("X", email, null)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+62 812-3456-7890", "0812 3456 7890", "(416) 555-0100", "+14165550100"})
    void acceptsCommonPhoneFormats(String phone) {
        assertThat(with("X", null, phone).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+1 416 555 0100 12345 6", "call me", "41+6555"})
    void refusesImplausiblePhones(String phone) {
        assertThatThrownBy(() -> with("X", null, phone)).isInstanceOf(DomainException.class);
    }
}
