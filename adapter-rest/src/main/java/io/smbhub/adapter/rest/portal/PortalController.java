package io.smbhub.adapter.rest.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.application.port.in.portal.PortalFile;
import io.smbhub.application.port.in.portal.PortalPaymentUseCase;
import io.smbhub.application.port.in.portal.PortalQueries;
import io.smbhub.application.port.in.portal.PortalQuoteResponseUseCase;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCategory;
import io.smbhub.domain.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The client portal's public pages (spec smb-hub-prd.md 2.3 "Client Portal", 3.13, 12.6): HTML for customers, the
 * secret link as the only credential. A link that does not open its document — whatever the reason — answers the
 * same "Link expired" page with 404. Forms post back and are answered with 303 to the document page
 * (post/redirect/get), which then shows the new state. Rate limits and security headers come from
 * {@link PortalRateLimitFilter} and {@link PortalHeadersFilter}. Not part of the JSON API's OpenAPI document.
 */
@Controller("/portal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class PortalController {

    private static final Logger LOG = LoggerFactory.getLogger(PortalController.class);

    private final PortalQueries queries;
    private final PortalQuoteResponseUseCase answers;
    private final PortalPaymentUseCase payments;
    private final PortalPages pages;

    public PortalController(PortalQueries queries, PortalQuoteResponseUseCase answers, PortalPaymentUseCase payments,
                            PortalPages pages) {
        this.queries = queries;
        this.answers = answers;
        this.payments = payments;
        this.pages = pages;
    }

    @Get(value = "/invoices/{token}", produces = PortalResponses.HTML)
    public HttpResponse<?> invoice(@PathVariable String token) {
        return page(() -> PortalResponses.html(HttpStatus.OK, pages.invoice(queries.invoice(token), token)));
    }

    @Get("/invoices/{token}/pdf")
    public HttpResponse<?> invoicePdf(@PathVariable String token) {
        return page(() -> download(queries.invoiceFile(token)));
    }

    @Post(value = "/invoices/{token}/pay", produces = PortalResponses.HTML)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN, MediaType.ALL})
    public HttpResponse<?> pay(HttpRequest<?> request, @PathVariable String token) {
        String back = documentPage(request, "/pay");
        return page(() -> {
            try {
                return HttpResponse.seeOther(URI.create(payments.checkoutUrl(token)));
            } catch (DomainException e) {
                return switch (e.code().category()) {
                    case NOT_FOUND -> throw e;
                    case CONFLICT, VALIDATION -> HttpResponse.seeOther(URI.create(back));
                    default -> paymentUnavailable(e, back);
                };
            }
        });
    }

    @Get(value = "/quotes/{token}", produces = PortalResponses.HTML)
    public HttpResponse<?> quote(@PathVariable String token) {
        return page(() -> PortalResponses.html(HttpStatus.OK, pages.quote(queries.quote(token), token)));
    }

    @Get("/quotes/{token}/pdf")
    public HttpResponse<?> quotePdf(@PathVariable String token) {
        return page(() -> download(queries.quoteFile(token)));
    }

    @Post(value = "/quotes/{token}/approve", produces = PortalResponses.HTML)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN, MediaType.ALL})
    public HttpResponse<?> approve(HttpRequest<?> request, @PathVariable String token) {
        String back = documentPage(request, "/approve");
        return page(() -> answered(back, () -> answers.approve(token)));
    }

    @Post(value = "/quotes/{token}/reject", produces = PortalResponses.HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(HttpRequest<?> request, @PathVariable String token,
                                  @Nullable @Body Map<String, String> form) {
        String back = documentPage(request, "/reject");
        String reason = form == null ? null : form.get("reason");
        return page(() -> answered(back, () -> answers.reject(token, reason)));
    }

    @Get(value = "/payment-complete", produces = PortalResponses.HTML)
    public HttpResponse<?> paymentComplete() {
        return PortalResponses.html(HttpStatus.OK, pages.paymentComplete());
    }

    /** Runs {@code response}; a link that opens nothing becomes the "Link expired" page (404). */
    private HttpResponse<?> page(Supplier<HttpResponse<?>> response) {
        try {
            return response.get();
        } catch (DomainException e) {
            if (e.code().category() == ErrorCategory.NOT_FOUND) {
                return PortalResponses.html(HttpStatus.NOT_FOUND, pages.linkExpired());
            }
            LOG.info("Portal request refused: {} {}", e.code(), e.getMessage());
            return PortalResponses.html(HttpStatus.UNPROCESSABLE_ENTITY, pages.message("Not possible", "That did not work",
                    "We could not do that. Please reload the page and try again, or contact the business that sent you this link.",
                    null));
        }
    }

    /** 303 back to the document page, also when the quote was already answered (the page shows how). */
    private static HttpResponse<?> answered(String back, Runnable answer) {
        try {
            answer.run();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.INVALID_TRANSITION) {
                throw e;
            }
        }
        return HttpResponse.seeOther(URI.create(back));
    }

    private MutableHttpResponse<String> paymentUnavailable(DomainException e, String back) {
        LOG.warn("Portal payment not started: {} {}", e.code(), e.getMessage());
        boolean providerFailed = e.code() == ErrorCode.PROVIDER_ERROR;
        return PortalResponses.html(providerFailed ? HttpStatus.BAD_GATEWAY : HttpStatus.SERVICE_UNAVAILABLE,
                pages.message("Payment not available", "Online payment is not available right now",
                        providerFailed
                                ? "The payment provider could not be reached. Please try again in a few minutes."
                                : "This invoice cannot be paid online at the moment. Please contact the business that sent it to you.",
                        back));
    }

    private static MutableHttpResponse<byte[]> download(PortalFile file) {
        String name = file.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(file.content()).contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    /** The document page's path: this request's path without {@code suffix} (e.g. {@code /pay}). */
    private static String documentPage(HttpRequest<?> request, String suffix) {
        String path = request.getPath();
        return path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path;
    }
}
