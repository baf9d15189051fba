import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { READ_MODEL_TABLES, type ReadModelDatabase } from '@careledger/projections';
import { sql, type Kysely } from 'kysely';
import { rebuildOnce, seedLog } from './rebuild.bench';
import type { WorkloadKind } from './workload/workload';

// Four families: two in each workload year, so each year's policy, fund, targets, activity and
// donation stream is seeded and rebuilt (the workload's years are split into blocks).
const FAMILIES = 4;
const TABLES = [...new Set(Object.values(READ_MODEL_TABLES).flatMap((tables) => tables.map((t) => t.name)))];
const CASE_TABLES = ['case_summary', 'case_member', 'case_contact', 'case_timeline', 'audit_event', 'audit_event_case', 'report_fact'];

interface Rebuilt {
  readonly events: number;
  readonly rows: Readonly<Record<string, number>>;
  /** Per family: how many events the audit log links to it, by stream type. */
  readonly linkedByCase: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly subsidyStatuses: readonly string[];
  readonly claimStatuses: readonly string[];
}

async function inspect(target: Kysely<ReadModelDatabase>): Promise<Omit<Rebuilt, 'events'>> {
  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows: [row] } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(target);
    rows[table] = Number(row?.n ?? 0);
  }
  const links = await sql<{ case_id: string; stream_type: string; n: number }>`
    SELECT c.case_id, e.stream_type, count(*) AS n
      FROM audit_event_case c JOIN audit_event e ON e.position = c.position
     GROUP BY c.case_id, e.stream_type`.execute(target);
  const linkedByCase = new Map<string, Record<string, number>>();
  for (const { case_id, stream_type, n } of links.rows) {
    linkedByCase.set(case_id, { ...linkedByCase.get(case_id), [stream_type]: Number(n) });
  }
  const statuses = async (table: 'subsidy_application' | 'insurance_claim') =>
    (await sql<{ status: string }>`SELECT DISTINCT status FROM ${sql.table(table)}`.execute(target)).rows.map((r) => r.status);
  return { rows, linkedByCase, subsidyStatuses: await statuses('subsidy_application'), claimStatuses: await statuses('insurance_claim') };
}

describe('rebuild bench workloads (platform store, decided events, full rebuild)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-bench-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function seedAndRebuild(kind: WorkloadKind): Promise<Rebuilt> {
    const log = await seedLog(dir, kind, FAMILIES);
    let rebuilt: Omit<Rebuilt, 'events'> | undefined;
    await rebuildOnce(log, path.join(dir, 'rebuilt.sqlite'), async (target) => {
      rebuilt = await inspect(target);
    });
    return { events: log.events, ...rebuilt! };
  }

  it('mixed: every read model gets rows, and each family is linked to every stream that names it', async () => {
    const rebuilt = await seedAndRebuild('mixed');

    // 24 a family; per year 6 of set-up, and one gathering (activity, its charge, a donation).
    expect(rebuilt.events).toBe(FAMILIES * 24 + 2 * 6 + 2 * 3);
    const empty = TABLES.filter((table) => rebuilt.rows[table] === 0);
    expect(empty).toEqual([]);
    expect(rebuilt.rows).toMatchObject({
      case_summary: FAMILIES,
      visit: FAMILIES,
      visit_case: FAMILIES,
      activity: 2,
      activity_case: FAMILIES,
      subsidy_application: FAMILIES,
      insurance_policy: 2,
      insurance_enrolment: 2 * FAMILIES,
      insurance_claim: FAMILIES,
      fund_summary: 2,
      // Per year's fund: the allocation, the receipt, two visits' and one activity's charges.
      fund_ledger_entry: 2 * 5,
      fund_target: 2 * 3,
      donation: 2,
    });
    expect(rebuilt.subsidyStatuses).toEqual(['paid']);
    expect(rebuilt.claimStatuses).toEqual([expect.stringMatching(/^settled$/i)]);

    // cases-touched: later events of an application, a claim or a visit name no case and are
    // linked through their stream's first event; fund lines and enrolments name the case.
    expect(rebuilt.linkedByCase.size).toBe(FAMILIES);
    for (const linked of rebuilt.linkedByCase.values()) {
      expect(linked).toEqual({ case: 8, visit: 1, activity: 1, fund: 2, subsidy: 8, policy: 2, claim: 4 });
    }
  });

  it('care-case: the other domains’ read models stay empty (what the mixed workload adds)', async () => {
    const rebuilt = await seedAndRebuild('care-case');

    expect(rebuilt.events).toBe(FAMILIES * 8);
    const withRows = TABLES.filter((table) => rebuilt.rows[table]! > 0).sort();
    expect(withRows).toEqual([...CASE_TABLES].sort());
  });
});
