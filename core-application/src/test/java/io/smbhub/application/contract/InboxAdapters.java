package io.smbhub.application.contract;

import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.application.port.out.TemplateRepository;

/**
 * One implementation of each persistence port of the inbox, the email outbox, templates and collections (issue 5),
 * on the same store and transaction runner as a {@link PortAdapters}, as {@link InboxPortContract} suites run them.
 */
public record InboxAdapters(ConversationRepository conversations, MessageRepository messages, FileRepository files,
                            TemplateRepository templates, EmailSettingsRepository emailSettings,
                            OverdueInvoiceScan overdueScan, JobQueue jobs) {
}
