import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Case } from '../care-case/care-case.types';
import { ListActivitiesQuery, ListVisitsQuery } from './visit.queries';
import { ActivityConnection, VisitConnection } from './visit.types';

/** A family's visits and activities, as fields of the case (the case page's 关怀记录 tab). */
@Resolver(() => Case)
export class CaseVisitsResolver {
  constructor(private readonly queries: QueryBus) {}

  @ResolveField(() => VisitConnection, { description: "Visits that reached this family, latest first (voided ones on request)." })
  visits(
    @Parent() c: Case,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('includeVoided', { type: () => Boolean, nullable: true, defaultValue: true }) includeVoided: boolean | null,
  ): Promise<VisitConnection> {
    return this.queries.execute(new ListVisitsQuery({ caseId: c.id, includeVoided }, first ?? 20, after));
  }

  @ResolveField(() => ActivityConnection, { description: 'Collective activities this family attended, latest first.' })
  activities(
    @Parent() c: Case,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ActivityConnection> {
    return this.queries.execute(new ListActivitiesQuery({ caseId: c.id }, first ?? 20, after));
  }
}
