import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@careledger/event-store';
import { caseAsOf, describeAsOf, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import type { Case } from '../care-case/care-case.types';
import { toCase } from '../care-case/case.mapper';
import { EVENT_STORE, READ_DB } from '../infrastructure/tokens';
import type { AsOfInput } from './as-of.input';
import { readCaseEvents } from './case-events.reader';
import { parseAsOf } from './parse-as-of';

/** A case as it stood at a time on one axis; null when it did not exist then. */
export class GetCaseAsOfQuery extends Query<Case | null> {
  constructor(
    readonly caseId: string,
    readonly asOf: AsOfInput,
  ) {
    super();
  }
}

@QueryHandler(GetCaseAsOfQuery)
export class GetCaseAsOfHandler implements IQueryHandler<GetCaseAsOfQuery, Case | null> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
  ) {}

  async execute({ caseId, asOf: input }: GetCaseAsOfQuery): Promise<Case | null> {
    const asOf = parseAsOf(input);
    const view = caseAsOf(caseId, await readCaseEvents(this.store, this.db, caseId), asOf);
    return view ? { ...toCase(view.summary), asOf: describeAsOf(asOf), history: view } : null;
  }
}
