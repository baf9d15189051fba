import { careCaseStreamId } from '@careledger/domain-care-case';
import type { EventStore, RecordedEvent } from '@careledger/event-store';
import { getCaseEventPositions, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';

/**
 * Every event that shapes a case's history: its own stream, read from the log (decrypted), plus
 * events of other streams that name it (visits, later subsidies), found through the audit log's
 * case index and then read from the log too, so the fold never trusts a read model's copy.
 */
export async function readCaseEvents(
  store: EventStore,
  db: Kysely<ReadModelDatabase>,
  caseId: string,
): Promise<RecordedEvent[]> {
  const own = await store.readStream(careCaseStreamId(caseId));
  const known = new Set(own.map((e) => e.position));
  const elsewhere = (await getCaseEventPositions(db, caseId)).filter((p) => !known.has(p));
  const others = await Promise.all(elsewhere.map((p) => store.readAll({ fromPosition: p - 1, limit: 1 })));
  return [...own, ...others.flat()].sort((a, b) => a.position - b.position);
}
