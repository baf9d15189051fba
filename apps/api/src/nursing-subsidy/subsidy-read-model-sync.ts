import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@careledger/event-store';
import { nursingSubsidyProjection, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { EVENT_STORE, READ_DB } from '../infrastructure/tokens';
import { ReadModelLagError, READ_MODEL_WAIT_MS } from '../shared/read-your-writes';

/**
 * Waits until the subsidy read model has applied every subsidy event in the log. Only this one
 * projection: a decision about subsidies must not wait on (or fail with) another domain's read model.
 */
@Injectable()
export class SubsidyReadModelSync {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
  ) {}

  async caughtUp(timeoutMs = READ_MODEL_WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoint = await this.db
        .selectFrom('projection_checkpoints')
        .select('position')
        .where('name', '=', nursingSubsidyProjection.name)
        .executeTakeFirst();
      const at = Number(checkpoint?.position ?? 0);
      const [next] = await this.store.readAll({ fromPosition: at, limit: 1, filter: nursingSubsidyProjection.filter });
      if (!next) return;
      if (Date.now() >= deadline) throw new ReadModelLagError(next.position);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
