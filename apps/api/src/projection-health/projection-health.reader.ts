import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@careledger/event-store';
import { allProjections, type ProjectionRunner } from '@careledger/projections';
import { PROJECTION_RUNNER, RAW_EVENT_STORE } from '../infrastructure/tokens';
import type { ProjectionHealth } from './projection-health.type';

/** Lag is counted, not estimated, and so bounded: past this many it says "at least this many". */
export const LAG_COUNT_LIMIT = 10_000;

/** Each projection's checkpoint and status, with how far behind the head it is. */
@Injectable()
export class ProjectionHealthReader {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    // Counting needs no plaintext: the stored log spares decrypting up to 10000 events.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
  ) {}

  async read(): Promise<ProjectionHealth[]> {
    const [statuses, head] = await Promise.all([this.runner.status(), this.store.head()]);
    return Promise.all(
      statuses.map(async (s) => {
        // A checkpoint moves only on events the projection subscribes to, so lag counts only those.
        const filter = allProjections.find((p) => p.name === s.name)?.filter ?? {};
        const pending = await this.store.readAll({ fromPosition: s.position, filter, limit: LAG_COUNT_LIMIT });
        return { ...s, headPosition: head.position, lag: pending.length };
      }),
    );
  }

  isKnown(name: string): boolean {
    return allProjections.some((p) => p.name === name);
  }
}
