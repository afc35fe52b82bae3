package io.smbhub.bootstrap.isolation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The isolation rules classify a route from its method, template and query parameters alone. */
@DisplayName("Isolation rules: a route they cannot classify has no isolation case")
class IsolationRulesTest {

    @ParameterizedTest(name = "{0} {1} ?{2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /v1/invoices/{id}                | ''                   | CASE
            POST   | /v1/quotes/{id}/convert-to-invoice | ''                 | CASE
            PATCH  | /v1/members/{user_id}            | ''                   | CASE
            DELETE | /v1/members/invitations/{id}     | ''                   | CASE
            GET    | /v1/work-items                   | status,assigned_to,q | CASE
            GET    | /v1/audit-logs                   | entity_id,actor_user_id,from,to,cursor | CASE
            GET    | /v1/conversations                | q,status,channel,assigned_to,unassigned,unread,contact_id,limit,cursor | CASE
            GET    | /v1/templates                    | type,purpose         | CASE
            GET    | /v1/ops/ai-drafts                | status,intent,limit,cursor | CASE
            GET    | /v1/home/digest                  | date                 | CASE
            GET    | /v1/admin/ai-usage               | month                | PLATFORM
            HEAD   | /v1/admin/ai-usage               | month                | PLATFORM
            PUT    | /v1/admin/tenants/{id}/plan      | ''                   | PLATFORM
            POST   | /v1/auth/login                   | ''                   | PUBLIC
            POST   | /v1/inbound/email                | to                   | PUBLIC
            GET    | /health                          | ''                   | OUT_OF_SCOPE
            HEAD   | /openapi.yml                     | ''                   | OUT_OF_SCOPE
            GET    | /v1/bookings/{id}                | ''                   | MISSING
            GET    | /v1/expenses                     | status,month,limit,cursor | CASE
            GET    | /v1/invoices                     | vendor_id            | MISSING
            GET    | /portal/invoices/{public_token}  | ''                   | MISSING
            """)
    void classifiesRoutes(String method, String template, String query, Classification.Verdict expected) {
        List<String> parameters = query.isBlank() ? List.of() : Arrays.asList(query.split(","));
        List<String> variables = Pattern.compile("\\{([^}]+)}").matcher(template).results()
                .map(m -> m.group(1)).toList();
        RouteTable.Route route = new RouteTable.Route(method, template, variables, parameters, List.of());

        Classification classification = Classification.of(route);

        assertThat(classification.verdict()).isEqualTo(expected);
        if (expected == Classification.Verdict.MISSING) {
            assertThat(classification.reason()).startsWith("no isolation case for " + method + " " + template + ": add one in ");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /v1/invoices/{id}/send            | INVOICE
            /v1/contacts/{id}/timeline        | CONTACT
            /v1/members/{user_id}             | USER
            /v1/members/invitations/{id}      | INVITATION
            /v1/payments/{id}                 | PAYMENT
            /v1/conversations/{id}/messages   | CONVERSATION
            /v1/messages/{id}/retry           | MESSAGE
            /v1/files/{id}                    | FILE
            /v1/templates/{id}                | TEMPLATE
            /v1/jobs/{id}                     | JOB
            /v1/invoices/{id}/remind          | INVOICE
            /v1/invoices/{id}/precheck        | INVOICE
            /v1/messages/{id}/ai/parse        | MESSAGE
            /v1/ai/drafts/{id}                | AI_DRAFT
            /v1/ops/ai-drafts/{id}/apply      | AI_DRAFT
            /v1/expenses/{id}/approve         | EXPENSE
            """)
    void pathVariablesTakeTheKindOfTheirSegmentOrName(String template, Kind kind) {
        String variable = template.replaceAll(".*\\{([^}]+)}.*", "$1");
        RouteTable.Route route = new RouteTable.Route("GET", template, List.of(variable), List.of(), List.of());

        assertThat(Classification.of(route).pathKinds()).isEqualTo(Map.of(variable, kind));
    }
}
