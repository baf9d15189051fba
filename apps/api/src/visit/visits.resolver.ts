import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResult } from '../shared/command-result.type';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { AmendVisitCommand } from './amend-visit.command';
import { CorrectAttendanceCommand } from './correct-attendance.command';
import { HoldActivityCommand } from './hold-activity.command';
import { RecordVisitCommand } from './record-visit.command';
import { VoidVisitCommand } from './void-visit.command';
import {
  ActivityFilter,
  AmendVisitInput,
  CorrectAttendanceInput,
  HoldActivityInput,
  RecordVisitInput,
  VisitFilter,
  VoidVisitInput,
} from './visit.inputs';
import { GetActivityQuery, GetVisitQuery, ListActivitiesQuery, ListVisitsQuery } from './visit.queries';
import { Activity, ActivityConnection, Visit, VisitConnection } from './visit.types';

@Resolver()
export class VisitsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => VisitConnection, { description: 'Visits, latest visit date first, filtered; a cursor connection.' })
  async visits(
    @Args('filter', { type: () => VisitFilter, nullable: true }) filter: VisitFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<VisitConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListVisitsQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => Visit, { nullable: true })
  async visit(@Args('id', { type: () => ID }) id: string, @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null): Promise<Visit | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetVisitQuery(id));
  }

  @Query(() => ActivityConnection, { description: 'Collective activities, latest first, filtered; a cursor connection.' })
  async activities(
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<ActivityConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListActivitiesQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => Activity, { nullable: true })
  async activity(
    @Args('id', { type: () => ID }) id: string,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<Activity | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetActivityQuery(id));
  }

  @Mutation(() => CommandResult, { description: 'Records a visit after the fact; cash aid is charged to its fund.' })
  recordVisit(@Args('input') input: RecordVisitInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new RecordVisitCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Amends a visit with a reason; a changed cash aid is re-charged.' })
  amendVisit(@Args('input') input: AmendVisitInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AmendVisitCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Voids a visit with a reason; its cash aid charge is reversed.' })
  voidVisit(@Args('input') input: VoidVisitInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new VoidVisitCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Records a collective activity with its attendance.' })
  holdActivity(@Args('input') input: HoldActivityInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new HoldActivityCommand(input, ctx));
  }

  @Mutation(() => CommandResult, { description: 'Adds and removes attendees of an activity, with a reason.' })
  correctAttendance(@Args('input') input: CorrectAttendanceInput, @CurrentCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CorrectAttendanceCommand(input, ctx));
  }
}
