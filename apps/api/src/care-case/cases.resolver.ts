import { Inject } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { getCaseContacts, getCaseMembers, getCaseTimeline, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { AddCaseNoteCommand } from './add-case-note.command';
import { AssignContactCommand } from './assign-contact.command';
import {
  AddCaseNoteInput,
  AssignContactInput,
  CaseFilter,
  ChangeCaseCategoryInput,
  CorrectMemberDetailsInput,
  ExitCaseInput,
  OpenCaseInput,
  RecordMemberDeathInput,
  RegisterMemberInput,
  ReopenCaseInput,
} from './care-case.inputs';
import { Case, CaseConnection, Contact, Member, TimelineEntry } from './care-case.types';
import { toContact, toMember, toTimelineEntry } from './case.mapper';
import { ChangeCaseCategoryCommand } from './change-case-category.command';
import { CorrectMemberDetailsCommand } from './correct-member-details.command';
import { ExitCaseCommand } from './exit-case.command';
import { GetCaseQuery } from './get-case.query';
import { ListCasesQuery } from './list-cases.query';
import { OpenCaseCommand } from './open-case.command';
import { RecordMemberDeathCommand } from './record-member-death.command';
import { RegisterMemberCommand } from './register-member.command';
import { ReopenCaseCommand } from './reopen-case.command';
import { AsOfInput } from '../time-travel/as-of.input';
import { GetCaseAsOfQuery } from '../time-travel/get-case-as-of.query';

@Resolver(() => Case)
export class CasesResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => CaseConnection, { description: 'Case files, newest first, filtered; a cursor connection.' })
  async cases(
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter: CaseFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<CaseConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListCasesQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => Case, {
    nullable: true,
    description: 'A case from the live read models, or with asOf as it stood then (null if it did not exist yet).',
  })
  async case(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => AsOfInput, nullable: true }) asOf: AsOfInput | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<Case | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(asOf ? new GetCaseAsOfQuery(id, asOf) : new GetCaseQuery(id));
  }

  // With asOf, members, contacts and timeline come from the folded history, not the live tables.

  @ResolveField(() => [Member])
  async members(@Parent() c: Case): Promise<Member[]> {
    return (c.history?.members ?? (await getCaseMembers(this.db, c.id))).map(toMember);
  }

  @ResolveField(() => [Contact])
  async contacts(@Parent() c: Case): Promise<Contact[]> {
    return (c.history?.contacts ?? (await getCaseContacts(this.db, c.id))).map(toContact);
  }

  @ResolveField(() => [TimelineEntry], { description: 'Every event touching the case, in log order.' })
  async timeline(@Parent() c: Case): Promise<TimelineEntry[]> {
    return (c.history?.timeline ?? (await getCaseTimeline(this.db, c.id))).map(toTimelineEntry);
  }

  @Mutation(() => CommandResult)
  openCase(@Args('input') input: OpenCaseInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new OpenCaseCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  registerMember(@Args('input') input: RegisterMemberInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RegisterMemberCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  correctMemberDetails(@Args('input') input: CorrectMemberDetailsInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CorrectMemberDetailsCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  recordMemberDeath(@Args('input') input: RecordMemberDeathInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RecordMemberDeathCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  changeCaseCategory(@Args('input') input: ChangeCaseCategoryInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ChangeCaseCategoryCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  assignContact(@Args('input') input: AssignContactInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AssignContactCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  addCaseNote(@Args('input') input: AddCaseNoteInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AddCaseNoteCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  exitCase(@Args('input') input: ExitCaseInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ExitCaseCommand(input, ctx));
  }

  @Mutation(() => CommandResult)
  reopenCase(@Args('input') input: ReopenCaseInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReopenCaseCommand(input, ctx));
  }
}
