import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { reportSealStreamId, type ReportSealed } from '@careledger/domain-report-seal';
import type { EventStore, RecordedEvent } from '@careledger/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens';
import type { SealedReport } from './seal.types';

export class ListSealedReportsQuery extends Query<SealedReport[]> {
  constructor(readonly year: number) {
    super();
  }
}

/** The seals of a year in the order they were made (later ones correct earlier ones). */
@QueryHandler(ListSealedReportsQuery)
export class ListSealedReportsHandler implements IQueryHandler<ListSealedReportsQuery, SealedReport[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  // A year has a handful of seals: its stream is the read model, no projection needed.
  async execute({ year }: ListSealedReportsQuery): Promise<SealedReport[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw validationFailed('year', 'year must be from 2000 to 2100');
    const events = await this.store.readStream(reportSealStreamId(year));
    return events.filter((e) => e.type === 'ReportSealed').map((e) => toSealedReport(e as unknown as RecordedEvent<'ReportSealed', ReportSealed['data']>));
  }
}

function toSealedReport(event: RecordedEvent<'ReportSealed', ReportSealed['data']>): SealedReport {
  const { sealId, year, township, position, headHash, figuresHash, sealedOn, note } = event.data;
  return { sealId, year, township, position, headHash, figuresHash, sealedOn, note, sealedAt: event.recordedAt, sealedBy: event.metadata.actorId };
}
