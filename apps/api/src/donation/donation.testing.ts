import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import type { TestApp } from '../testing/test-app';

export { logHead as head, runMutation as ok, tryMutation as send } from '../testing/run-mutation';

/** GraphQL documents and helpers shared by the donation e2e specs (test code only). */
export const DONATION_FIELDS = 'year donationId receivedOn channel amountFen matchingFen totalFen source status reversalReason actorName';
export const DONATIONS = `query($filter: DonationFilter, $first: Int, $after: String, $minPosition: SafeInt) {
  donations(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${DONATION_FIELDS} } } } }`;
export const DONATION_YEAR = `query($year: Int!, $minPosition: SafeInt) {
  donationYear(year: $year, minPosition: $minPosition) { year count amountFen matchingFen totalFen } }`;

export type Input = Record<string, unknown>;

export async function donationYear(app: TestApp, year: number, minPosition: number | null = null) {
  const res = await app.gql(DONATION_YEAR, { year, minPosition });
  return res.data!['donationYear'] as Record<string, number>;
}

export async function donations(app: TestApp, variables: Input = {}) {
  const res = await app.gql(DONATIONS, { first: 20, ...variables });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!['donations'] as { totalCount: number; pageInfo: Record<string, unknown>; edges: { cursor: string; node: Record<string, unknown> }[] };
}

/** A stream's revision (-1: no stream yet). */
export async function revisionOf(app: TestApp, streamId: string): Promise<number> {
  const events = await app.running.app.get<EventStore>(EVENT_STORE, { strict: false }).readStream(streamId);
  return events[events.length - 1]?.revision ?? -1;
}
