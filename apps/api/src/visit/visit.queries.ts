import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getActivity, getMemberNames, getVisit, listActivities, listVisits, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { ActivityFilter, VisitFilter } from './visit.inputs';
import { personIdsOf, toActivity, toVisit } from './visit.mapper';
import type { Activity, ActivityConnection, Visit, VisitConnection } from './visit.types';

export const MAX_PAGE_SIZE = 100;

export class ListVisitsQuery extends Query<VisitConnection> {
  constructor(
    readonly filter: VisitFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

export class GetVisitQuery extends Query<Visit | null> {
  constructor(readonly visitId: string) {
    super();
  }
}

export class ListActivitiesQuery extends Query<ActivityConnection> {
  constructor(
    readonly filter: ActivityFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

export class GetActivityQuery extends Query<Activity | null> {
  constructor(readonly activityId: string) {
    super();
  }
}

@QueryHandler(ListVisitsQuery)
export class ListVisitsHandler implements IQueryHandler<ListVisitsQuery, VisitConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListVisitsQuery): Promise<VisitConnection> {
    assertPageSize(first, MAX_PAGE_SIZE);
    const page = await listVisits(this.db, filter, { first, after });
    const names = await getMemberNames(this.db, page.rows.flatMap((r) => personIdsOf(r.persons_reached)));
    return toConnection(page, (row) => toVisit(row, names));
  }
}

@QueryHandler(GetVisitQuery)
export class GetVisitHandler implements IQueryHandler<GetVisitQuery, Visit | null> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ visitId }: GetVisitQuery): Promise<Visit | null> {
    const row = await getVisit(this.db, visitId);
    return row ? toVisit(row, await getMemberNames(this.db, personIdsOf(row.persons_reached))) : null;
  }
}

@QueryHandler(ListActivitiesQuery)
export class ListActivitiesHandler implements IQueryHandler<ListActivitiesQuery, ActivityConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: ListActivitiesQuery): Promise<ActivityConnection> {
    assertPageSize(first, MAX_PAGE_SIZE);
    const page = await listActivities(this.db, filter, { first, after });
    const names = await getMemberNames(this.db, page.rows.flatMap((r) => personIdsOf(r.attendees)));
    return toConnection(page, (row) => toActivity(row, names));
  }
}

@QueryHandler(GetActivityQuery)
export class GetActivityHandler implements IQueryHandler<GetActivityQuery, Activity | null> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ activityId }: GetActivityQuery): Promise<Activity | null> {
    const row = await getActivity(this.db, activityId);
    return row ? toActivity(row, await getMemberNames(this.db, personIdsOf(row.attendees))) : null;
  }
}
