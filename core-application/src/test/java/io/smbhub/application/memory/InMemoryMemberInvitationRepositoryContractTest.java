package io.smbhub.application.memory;

import io.smbhub.application.contract.MemberInvitationRepositoryContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.MemberInvitationRepository;

/** {@link MemberInvitationRepositoryContract} against the in-memory adapters. */
class InMemoryMemberInvitationRepositoryContractTest extends MemberInvitationRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected MemberInvitationRepository createInvitations(PortAdapters adapters) {
        return new InMemoryMemberInvitationRepository((InMemoryTransactionRunner) adapters.tx());
    }
}
