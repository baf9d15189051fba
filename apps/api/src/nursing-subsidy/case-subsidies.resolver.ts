import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { listSubsidyApplicationsOfCase, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { Case } from '../care-case/care-case.types';
import { READ_DB } from '../infrastructure/tokens';
import { SubsidyApplication } from './subsidy-application.types';
import { toSubsidyApplication } from './subsidy.mapper';

/** The `Case.subsidyApplications` field, kept in this folder (the care-case types stay untouched). */
@Resolver(() => Case)
export class CaseSubsidiesResolver {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  @ResolveField(() => [SubsidyApplication], { description: "The family's nursing-subsidy applications, newest admission first." })
  async subsidyApplications(@Parent() c: Case): Promise<SubsidyApplication[]> {
    return (await listSubsidyApplicationsOfCase(this.db, c.id)).map(toSubsidyApplication);
  }
}
