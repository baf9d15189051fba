import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import Database from 'better-sqlite3';
import { auditLogProjection } from '../audit-log/audit-log.projection';
import { caseTimelineProjection } from '../case-timeline/case-timeline.projection';
import { rebuildReadModels } from '../rebuild/rebuild-read-models';
import { newEvent, opened } from '../testing/case-events.fixture';
import { readModelsOn } from './sqlite-read-models';

/**
 * Migration 0013: "which cases did this stream's first event name?" is asked by the case timeline
 * and the audit log for every later event of a claim, enrolment or fund charge. Without an index
 * over first events it walks the whole stream, O(n²) over a policy or fund stream; this checks
 * the statements the projections really run are planned on the partial indexes.
 */
describe('first-event lookups (migration 0013)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-first-event-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are one seek in a partial index over first events, and still find the case', async () => {
    const store = openSqliteEventStore({ filename: path.join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
    await store.append('case-c1', [newEvent(opened('c1'))]);
    await store.append('claim-k1', [
      newEvent({ type: 'ClaimReported', data: { claimId: 'k1', caseId: 'c1', personId: 'c1-p1' } }),
      newEvent({ type: 'ClaimWithdrawn', data: { claimId: 'k1', reason: '撤回' } }),
    ]);
    const statements: string[] = [];
    const database = new Database(path.join(dir, 'read-models.sqlite'), { verbose: (sql) => statements.push(String(sql)) });
    const db = await readModelsOn(database);
    try {
      const now = () => '2024-01-01T00:00:00.000Z';
      await rebuildReadModels({ store, projections: [caseTimelineProjection, auditLogProjection], target: db, now });
      // The withdrawal names no case: it reaches c1 only through the claim's first event.
      const timeline = await db.selectFrom('case_timeline').select(['case_id', 'type']).where('stream_id', '=', 'claim-k1').orderBy('position').execute();
      expect(timeline).toEqual([
        { case_id: 'c1', type: 'ClaimReported' },
        { case_id: 'c1', type: 'ClaimWithdrawn' },
      ]);
      const audited = await db.selectFrom('audit_event_case').select('case_id').where('position', '=', 3).execute();
      expect(audited).toEqual([{ case_id: 'c1' }]);

      const lookups = [...new Set(statements.filter((s) => /^select/i.test(s) && /"revision" = 0/.test(s)))];
      const plans = lookups.map((sql) =>
        (database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('; '),
      );
      expect(plans).toEqual([
        expect.stringMatching(/^SEARCH case_timeline USING COVERING INDEX case_timeline_stream_first \(stream_id=\?\)/),
        expect.stringMatching(/^SEARCH audit_event USING INDEX audit_event_stream_first \(stream_id=\?\)/),
      ]);
    } finally {
      await db.destroy();
      await store.close();
    }
  });
});
