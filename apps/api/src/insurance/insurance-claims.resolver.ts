import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { InsuranceReadService } from './insurance-read.service';
import {
  InsuranceClaimFilter,
  RejectClaimInput,
  ReportClaimInput,
  SendClaimToInsurerInput,
  SettleClaimInput,
  SubmitClaimDocumentsInput,
  WithdrawClaimInput,
} from './insurance.inputs';
import { InsuranceClaim, InsuranceClaimConnection, InsuranceClaimDetail } from './insurance.types';
import { RejectClaimCommand } from './reject-claim.command';
import { ReportClaimCommand } from './report-claim.command';
import { SendClaimToInsurerCommand } from './send-claim-to-insurer.command';
import { SettleClaimCommand } from './settle-claim.command';
import { SubmitClaimDocumentsCommand } from './submit-claim-documents.command';
import { WithdrawClaimCommand } from './withdraw-claim.command';

@Resolver(() => InsuranceClaim)
export class InsuranceClaimsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly read: InsuranceReadService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => InsuranceClaimConnection, { description: 'Claims, newest report first (no descriptions in lists).' })
  async insuranceClaims(
    @Args('filter', { type: () => InsuranceClaimFilter, nullable: true }) filter: InsuranceClaimFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<InsuranceClaimConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.read.claims(filter ?? {}, { first: first ?? 20, after });
  }

  @Query(() => InsuranceClaimDetail, { nullable: true, description: 'One claim with its description and history.' })
  async insuranceClaim(
    @Args('id', { type: () => ID }) id: string,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<InsuranceClaimDetail | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.read.claim(id);
  }

  @Mutation(() => CommandResult, { description: 'Reports a claim of an enrolled person; createdId = the claim id.' })
  reportClaim(@Args('input') input: ReportClaimInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReportClaimCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  submitClaimDocuments(@Args('input') input: SubmitClaimDocumentsInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SubmitClaimDocumentsCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  sendClaimToInsurer(@Args('input') input: SendClaimToInsurerInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SendClaimToInsurerCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Records the payout, once: a second settlement is INVALID_TRANSITION.' })
  settleClaim(@Args('input') input: SettleClaimInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new SettleClaimCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  rejectClaim(@Args('input') input: RejectClaimInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RejectClaimCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  withdrawClaim(@Args('input') input: WithdrawClaimInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new WithdrawClaimCommand(input, ctx));
  }
}
