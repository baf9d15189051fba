import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listSubsidyApplications, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { SubsidyApplicationFilter } from './nursing-subsidy.inputs';
import type { SubsidyApplicationConnection } from './subsidy-application.types';
import { toSubsidyApplication } from './subsidy.mapper';

export const MAX_PAGE_SIZE = 100;

export class ListSubsidyApplicationsQuery extends Query<SubsidyApplicationConnection> {
  constructor(
    readonly filter: SubsidyApplicationFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListSubsidyApplicationsQuery)
export class ListSubsidyApplicationsHandler implements IQueryHandler<ListSubsidyApplicationsQuery, SubsidyApplicationConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListSubsidyApplicationsQuery): Promise<SubsidyApplicationConnection> {
    assertPageSize(first, MAX_PAGE_SIZE);
    return toConnection(await listSubsidyApplications(this.db, filter, { first, after }), toSubsidyApplication);
  }
}
