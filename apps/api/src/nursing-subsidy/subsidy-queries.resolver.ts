import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DiagnosisCategory } from '@careledger/domain-nursing-subsidy';
import { getSubsidySteps, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { GetSubsidyApplicationQuery } from './get-subsidy-application.query';
import { ListSubsidyApplicationsQuery } from './list-subsidy-applications.query';
import { SubsidyApplicationFilter } from './nursing-subsidy.inputs';
import { SubsidyApplication, SubsidyApplicationConnection, SubsidyStep } from './subsidy-application.types';
import { toSubsidyStep } from './subsidy.mapper';
import { SubsidyDiagnoses } from './subsidy-diagnoses';
import { DiagnosisCategoryEnum } from './subsidy.enums';

@Resolver(() => SubsidyApplication)
export class SubsidyQueriesResolver {
  constructor(
    private readonly queries: QueryBus,
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
    private readonly readYourWrites: ReadYourWrites,
    private readonly diagnoses: SubsidyDiagnoses,
  ) {}

  @Query(() => SubsidyApplicationConnection, {
    description: 'Nursing-subsidy applications, newest admission first, filtered; a cursor connection.',
  })
  async subsidyApplications(
    @Args('filter', { type: () => SubsidyApplicationFilter, nullable: true }) filter: SubsidyApplicationFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<SubsidyApplicationConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new ListSubsidyApplicationsQuery(filter ?? {}, first ?? 20, after));
  }

  @Query(() => SubsidyApplication, { nullable: true, description: 'One application, or null when there is none.' })
  async subsidyApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<SubsidyApplication | null> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new GetSubsidyApplicationQuery(id));
  }

  @ResolveField(() => [SubsidyStep], { description: 'The workflow history, one step per event, in log order.' })
  async steps(@Parent() application: SubsidyApplication): Promise<SubsidyStep[]> {
    return (await getSubsidySteps(this.db, application.id)).map(toSubsidyStep);
  }

  @ResolveField(() => DiagnosisCategoryEnum, {
    nullable: true,
    description: 'Health data: read from the encrypted log on request, not kept in the read model; null once erased.',
  })
  async diagnosisCategory(@Parent() application: SubsidyApplication): Promise<DiagnosisCategory | null> {
    return this.diagnoses.of(application.id);
  }
}
