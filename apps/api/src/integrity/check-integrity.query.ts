import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@careledger/event-store';
import type { Clock } from '@careledger/platform';
import { CLOCK, RAW_EVENT_STORE } from '../infrastructure/tokens';
import type { IntegrityReport } from './integrity-report.type';

export class CheckIntegrityQuery extends Query<IntegrityReport> {}

/**
 * Walks the whole chain as stored. A chain cannot see its own tail cut off: the head reported
 * here is what an auditor keeps elsewhere (an anchor) to compare against later.
 */
@QueryHandler(CheckIntegrityQuery)
export class CheckIntegrityHandler implements IQueryHandler<CheckIntegrityQuery, IntegrityReport> {
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<IntegrityReport> {
    const checkedAt = this.clock.now().toISOString();
    const result = await this.store.verifyChain();
    if (result.ok) {
      const { checked, headPosition, headHash } = result;
      return { ok: true, checked, headPosition, headHash, brokenAt: null, problem: null, checkedAt };
    }
    const head = await this.store.head();
    return {
      ok: false,
      checked: result.checked,
      headPosition: head.position,
      headHash: head.hash,
      brokenAt: result.brokenAt,
      problem: result.problem,
      checkedAt,
    };
  }
}
