import { Module } from '@nestjs/common';
import { ApplyForSubsidyHandler } from './apply-for-subsidy.command';
import { CaseSubsidiesResolver } from './case-subsidies.resolver';
import { CloseSubsidyNoticeHandler } from './close-notice.command';
import { ConfirmSubsidyPaymentHandler } from './confirm-payment.command';
import { GetSubsidyApplicationHandler } from './get-subsidy-application.query';
import { IssueSubsidyPaymentHandler } from './issue-payment.command';
import { ListSubsidyApplicationsHandler } from './list-subsidy-applications.query';
import { PostSubsidyNoticeHandler } from './post-notice.command';
import { RecordSubsidyPaymentFailureHandler } from './record-payment-failure.command';
import { RefuseSubsidyAfterNoticeHandler } from './refuse-after-notice.command';
import { ReissueSubsidyPaymentHandler } from './reissue-payment.command';
import { ReviewSubsidyByCountyHandler } from './review-by-county.command';
import { ReviewSubsidyByTownshipHandler } from './review-by-township.command';
import { SettleSubsidyReimbursementHandler } from './settle-reimbursement.command';
import { SubmitSubsidyToSunshineHandler } from './submit-to-sunshine.command';
import { SubsidyCommandService } from './subsidy-command.service';
import { SubsidyCommandsResolver } from './subsidy-commands.resolver';
import { SubsidyDiagnoses } from './subsidy-diagnoses';
import { SubsidyReadModelSync } from './subsidy-read-model-sync';
import { SubsidyQueriesResolver } from './subsidy-queries.resolver';
import { SubsidyRulesResolver } from './subsidy-rules.resolver';
import { SupplementSubsidyDocumentsHandler } from './supplement-documents.command';
import { WithdrawSubsidyApplicationHandler } from './withdraw-application.command';

/** The nursing-subsidy commands, queries and resolvers. */
@Module({
  providers: [
    SubsidyCommandService,
    SubsidyDiagnoses,
    SubsidyReadModelSync,
    SubsidyCommandsResolver,
    SubsidyQueriesResolver,
    SubsidyRulesResolver,
    CaseSubsidiesResolver,
    ApplyForSubsidyHandler,
    SupplementSubsidyDocumentsHandler,
    ReviewSubsidyByTownshipHandler,
    ReviewSubsidyByCountyHandler,
    PostSubsidyNoticeHandler,
    CloseSubsidyNoticeHandler,
    RefuseSubsidyAfterNoticeHandler,
    SubmitSubsidyToSunshineHandler,
    IssueSubsidyPaymentHandler,
    ConfirmSubsidyPaymentHandler,
    RecordSubsidyPaymentFailureHandler,
    ReissueSubsidyPaymentHandler,
    SettleSubsidyReimbursementHandler,
    WithdrawSubsidyApplicationHandler,
    ListSubsidyApplicationsHandler,
    GetSubsidyApplicationHandler,
  ],
})
export class NursingSubsidyModule {}
