package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.MemberInvitationRepositoryContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.MemberInvitationRepository;

/** {@link MemberInvitationRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresMemberInvitationRepositoryContractTest extends MemberInvitationRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("member_invitation_repository");
    }

    @Override
    protected MemberInvitationRepository createInvitations(PortAdapters adapters) {
        return new JooqMemberInvitationRepository((JdbcTransactionRunner) adapters.tx());
    }
}
