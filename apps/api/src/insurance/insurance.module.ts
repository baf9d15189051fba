import { Module } from '@nestjs/common';
import { CaseInsuranceResolver } from './case-insurance.resolver';
import { EnrolMemberHandler } from './enrol-member.command';
import { InsuranceClaimsResolver } from './insurance-claims.resolver';
import { InsurancePoliciesResolver } from './insurance-policies.resolver';
import { InsuranceReadService } from './insurance-read.service';
import { PurchasePolicyHandler } from './purchase-policy.command';
import { RejectClaimHandler } from './reject-claim.command';
import { RemoveMemberHandler } from './remove-member.command';
import { ReportClaimHandler } from './report-claim.command';
import { SendClaimToInsurerHandler } from './send-claim-to-insurer.command';
import { SettleClaimHandler } from './settle-claim.command';
import { SubmitClaimDocumentsHandler } from './submit-claim-documents.command';
import { WithdrawClaimHandler } from './withdraw-claim.command';

/** The insurance commands, queries and resolvers. */
@Module({
  providers: [
    InsuranceReadService,
    InsurancePoliciesResolver,
    InsuranceClaimsResolver,
    CaseInsuranceResolver,
    PurchasePolicyHandler,
    EnrolMemberHandler,
    RemoveMemberHandler,
    ReportClaimHandler,
    SubmitClaimDocumentsHandler,
    SendClaimToInsurerHandler,
    SettleClaimHandler,
    RejectClaimHandler,
    WithdrawClaimHandler,
  ],
})
export class InsuranceModule {}
