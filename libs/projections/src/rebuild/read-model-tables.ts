import { auditPersonalDataPolicy } from '../audit-log/audit-personal-data';
import { donationReadModelTables } from '../donations/donations.read-model';
import { fundReadModelTables } from '../funds/funds.read-model';
import { reportReadModelTables } from '../report/report.read-model';
import { insuranceReadModelTables } from '../insurance/insurance.read-model';
import { nursingSubsidyReadModelTables } from '../nursing-subsidy/nursing-subsidy.read-model';
import { visitReadModelTables } from '../visits/visits.read-model';

export type ReadModelRow = Record<string, unknown>;

export interface ReadModelTable {
  readonly name: string;
  /** Natural key: rows of the live and the rebuilt table are matched on these columns. */
  readonly key: readonly string[];
  /**
   * Replaces the values derived from encrypted personal data by a marker, for comparing with
   * read models replayed WITHOUT the keys (an auditor's bundle): there they are null/erased.
   */
  readonly maskPersonalData?: (row: ReadModelRow) => ReadModelRow;
}

export const CHECKPOINT_TABLE = 'projection_checkpoints';
export const PERSONAL_DATA_MARKER = '‹personal data›';

/**
 * Which tables each projection writes, and their natural keys. The rebuild tool compares and
 * swaps a projection's tables together with its checkpoint row, so a projection that adds a
 * table registers it here. (A table no projection claims is still compared when ALL read models
 * are, row content against row content, but cannot be rebuilt on its own.)
 */
export const READ_MODEL_TABLES: Readonly<Record<string, readonly ReadModelTable[]>> = {
  'case-summary': [
    { name: 'case_summary', key: ['case_id'] },
    {
      name: 'case_member',
      key: ['case_id', 'person_id'],
      maskPersonalData: (row) => ({ ...row, id_number_masked: PERSONAL_DATA_MARKER, phone_masked: PERSONAL_DATA_MARKER }),
    },
    { name: 'case_contact', key: ['case_id', 'role'] },
  ],
  'case-timeline': [
    {
      name: 'case_timeline',
      key: ['case_id', 'position'],
      maskPersonalData: (row) => ({ ...row, data: markPolicyFields(String(row['type']), String(row['data'])) }),
    },
  ],
  'audit-log': [
    {
      name: 'audit_event',
      key: ['position'],
      maskPersonalData: (row) => ({ ...row, data: markPolicyFields(String(row['type']), String(row['data'])) }),
    },
    { name: 'audit_event_case', key: ['case_id', 'position'] },
  ],
  ...visitReadModelTables,
  ...nursingSubsidyReadModelTables,
  ...insuranceReadModelTables,
  ...fundReadModelTables,
  ...donationReadModelTables,
  ...reportReadModelTables,
};

/** The payload JSON with each present personal-data field of the event type replaced by the marker. */
function markPolicyFields(type: string, json: string): string {
  const rule = auditPersonalDataPolicy[type];
  if (!rule) return json;
  const data = JSON.parse(json) as Record<string, unknown>;
  for (const path of rule.fields) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let holder: unknown = data;
    for (const key of keys) holder = (holder as Record<string, unknown> | undefined)?.[key];
    if (holder && typeof holder === 'object' && last in holder) (holder as Record<string, unknown>)[last] = PERSONAL_DATA_MARKER;
  }
  return JSON.stringify(data);
}

/** The registered tables of these projections; throws for one that registered none. */
export function tablesOfProjections(names: readonly string[]): readonly ReadModelTable[] {
  return names.flatMap((name) => {
    const tables = READ_MODEL_TABLES[name];
    if (!tables) throw new Error(`Projection ${name} has no tables registered in READ_MODEL_TABLES (libs/projections/src/rebuild)`);
    return tables;
  });
}
