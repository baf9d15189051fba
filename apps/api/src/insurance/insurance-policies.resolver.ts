import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { EnrolMemberCommand } from './enrol-member.command';
import { InsuranceReadService } from './insurance-read.service';
import { EnrolMemberInput, InsuranceEnrolmentFilter, InsurancePolicyFilter, PurchasePolicyInput, RemoveMemberInput } from './insurance.inputs';
import { InsuranceEnrolment, InsuranceEnrolmentConnection, InsurancePolicy, InsurancePolicyConnection } from './insurance.types';
import { PurchasePolicyCommand } from './purchase-policy.command';
import { RemoveMemberCommand } from './remove-member.command';

@Resolver(() => InsurancePolicy)
export class InsurancePoliciesResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly read: InsuranceReadService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => InsurancePolicyConnection, { description: 'Yearly policies, newest first, with enrolled count and premium total.' })
  async insurancePolicies(
    @Args('filter', { type: () => InsurancePolicyFilter, nullable: true }) filter: InsurancePolicyFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<InsurancePolicyConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.read.policies(filter ?? {}, { first: first ?? 20, after });
  }

  @Query(() => InsurancePolicy, { nullable: true, description: 'A policy by id (its year, e.g. "2023").' })
  async insurancePolicy(
    @Args('id', { type: () => ID }) id: string,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<InsurancePolicy | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.read.policy(id);
  }

  @Query(() => InsuranceEnrolmentConnection, { description: 'Enrolment periods, newest policy first.' })
  async insuranceEnrolments(
    @Args('filter', { type: () => InsuranceEnrolmentFilter, nullable: true }) filter: InsuranceEnrolmentFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<InsuranceEnrolmentConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.read.enrolments(filter ?? {}, { first: first ?? 20, after });
  }

  @ResolveField(() => [InsuranceEnrolment], { description: "The policy's roster (every period), filtered." })
  enrolments(
    @Parent() policy: InsurancePolicy,
    @Args('township', { type: () => String, nullable: true }) township: string | null,
    @Args('activeOnly', { type: () => Boolean, nullable: true }) activeOnly: boolean | null,
  ): Promise<InsuranceEnrolment[]> {
    return this.read.allEnrolments({ policy: policy.id, township, activeOnly });
  }

  @Mutation(() => CommandResult, { description: "Records the year's policy; id = the year." })
  purchasePolicy(@Args('input') input: PurchasePolicyInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new PurchasePolicyCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Enrols a member of a case; createdId = the person.' })
  enrolMember(@Args('input') input: EnrolMemberInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new EnrolMemberCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Ends a person’s cover on removedOn, with a reason.' })
  removeMember(@Args('input') input: RemoveMemberInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RemoveMemberCommand(input, ctx));
  }
}
