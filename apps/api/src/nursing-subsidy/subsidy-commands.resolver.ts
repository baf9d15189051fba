import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { ApplyForSubsidyCommand } from './apply-for-subsidy.command';
import { CloseSubsidyNoticeCommand } from './close-notice.command';
import { ConfirmSubsidyPaymentCommand } from './confirm-payment.command';
import { IssueSubsidyPaymentCommand } from './issue-payment.command';
import {
  ApplyForSubsidyInput,
  CloseSubsidyNoticeInput,
  ConfirmSubsidyPaymentInput,
  IssueSubsidyPaymentInput,
  PostSubsidyNoticeInput,
  RecordSubsidyPaymentFailureInput,
  RefuseSubsidyAfterNoticeInput,
  ReissueSubsidyPaymentInput,
  ReviewSubsidyByCountyInput,
  ReviewSubsidyByTownshipInput,
  SettleSubsidyReimbursementInput,
  SubmitSubsidyToSunshineInput,
  SupplementSubsidyDocumentsInput,
  WithdrawSubsidyApplicationInput,
} from './nursing-subsidy.inputs';
import { PostSubsidyNoticeCommand } from './post-notice.command';
import { RecordSubsidyPaymentFailureCommand } from './record-payment-failure.command';
import { RefuseSubsidyAfterNoticeCommand } from './refuse-after-notice.command';
import { ReissueSubsidyPaymentCommand } from './reissue-payment.command';
import { ReviewSubsidyByCountyCommand } from './review-by-county.command';
import { ReviewSubsidyByTownshipCommand } from './review-by-township.command';
import { SettleSubsidyReimbursementCommand } from './settle-reimbursement.command';
import { SubmitSubsidyToSunshineCommand } from './submit-to-sunshine.command';
import { SupplementSubsidyDocumentsCommand } from './supplement-documents.command';
import { WithdrawSubsidyApplicationCommand } from './withdraw-application.command';

/** One mutation per nursing-subsidy command; the acting user is recorded in each event's metadata. */
@Resolver()
export class SubsidyCommandsResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: 'Apply for a stay; createdId = id = the application id.' })
  applyForSubsidy(@Args('input') input: ApplyForSubsidyInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ApplyForSubsidyCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'After a return for correction.' })
  supplementSubsidyDocuments(@Args('input') input: SupplementSubsidyDocumentsInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SupplementSubsidyDocumentsCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Township review: APPROVED or RETURNED (opinion required).' })
  reviewSubsidyByTownship(@Args('input') input: ReviewSubsidyByTownshipInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReviewSubsidyByTownshipCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'County review: APPROVED or REJECTED (opinion required).' })
  reviewSubsidyByCounty(@Args('input') input: ReviewSubsidyByCountyInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReviewSubsidyByCountyCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Public notice (公示), when the rule set requires one.' })
  postSubsidyNotice(@Args('input') input: PostSubsidyNoticeInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new PostSubsidyNoticeCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  closeSubsidyNotice(@Args('input') input: CloseSubsidyNoticeInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CloseSubsidyNoticeCommand(input, ctx));
  }

  @Mutation(() => CommandResult, {
    description: '公示后不予发放: objections to the notice proved founded (while it hangs or once closed); the application ends rejected.',
  })
  refuseSubsidyAfterNotice(@Args('input') input: RefuseSubsidyAfterNoticeInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RefuseSubsidyAfterNoticeCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  submitSubsidyToSunshine(@Args('input') input: SubmitSubsidyToSunshineInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SubmitSubsidyToSunshineCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'One-card payment; amountFen must equal the computed amount.' })
  issueSubsidyPayment(@Args('input') input: IssueSubsidyPaymentInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new IssueSubsidyPaymentCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  confirmSubsidyPayment(@Args('input') input: ConfirmSubsidyPaymentInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ConfirmSubsidyPaymentCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  recordSubsidyPaymentFailure(@Args('input') input: RecordSubsidyPaymentFailureInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RecordSubsidyPaymentFailureCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'After a failure: same amount, new batch.' })
  reissueSubsidyPayment(@Args('input') input: ReissueSubsidyPaymentInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReissueSubsidyPaymentCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: '报账, after the payment was confirmed.' })
  settleSubsidyReimbursement(@Args('input') input: SettleSubsidyReimbursementInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SettleSubsidyReimbursementCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Only before the first review (status applied).' })
  withdrawSubsidyApplication(@Args('input') input: WithdrawSubsidyApplicationInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new WithdrawSubsidyApplicationCommand(input, ctx));
  }
}
