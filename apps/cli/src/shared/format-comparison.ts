import type { ReadModelComparison, ReadModelRow, RowDifference } from '@careledger/projections';

const key = (row: ReadModelRow) =>
  Object.entries(row)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
const value = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}…` : v) : String(v));

function describe(d: RowDifference): string {
  switch (d.kind) {
    case 'missing':
      return `  missing from live   ${key(d.key)}`;
    case 'extra':
      return `  not from the events ${key(d.key)}`;
    case 'changed':
      return [`  changed             ${key(d.key)}`, ...d.columns.map((c) => `      ${c.column}: live ${value(c.live)}, rebuilt ${value(c.rebuilt)}`)].join('\n');
    default: {
      const _exhaustive: never = d;
      return _exhaustive;
    }
  }
}

/** The comparison as text: one line per table, then each difference (live vs what the events say). */
export function formatComparison(comparison: ReadModelComparison): string {
  const lines: string[] = [];
  for (const t of comparison.tables) {
    const count = t.differences.length + t.more;
    lines.push(`${t.table.padEnd(24)} live ${String(t.liveRows).padStart(7)}  rebuilt ${String(t.rebuiltRows).padStart(7)}  ${count === 0 ? 'equal' : `${count} difference(s)`}`);
    lines.push(...t.differences.map(describe));
    if (t.more > 0) lines.push(`  … and ${t.more} more`);
  }
  lines.push(comparison.equal ? 'The live read models equal what the events say.' : 'The live read models DIFFER from what the events say.');
  return `${lines.join('\n')}\n`;
}
