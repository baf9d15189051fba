import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getSubsidyApplication, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import type { SubsidyApplication } from './subsidy-application.types';
import { toSubsidyApplication } from './subsidy.mapper';

export class GetSubsidyApplicationQuery extends Query<SubsidyApplication | null> {
  constructor(readonly applicationId: string) {
    super();
  }
}

@QueryHandler(GetSubsidyApplicationQuery)
export class GetSubsidyApplicationHandler implements IQueryHandler<GetSubsidyApplicationQuery, SubsidyApplication | null> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ applicationId }: GetSubsidyApplicationQuery): Promise<SubsidyApplication | null> {
    const row = await getSubsidyApplication(this.db, applicationId);
    return row ? toSubsidyApplication(row) : null;
  }
}
