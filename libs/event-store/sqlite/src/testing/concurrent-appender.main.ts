/**
 * A separate OS process that appends to a shared database, for the multi-process test:
 *   node tools/scripts/run-ts.mjs <this file> <filename> <any|exact> <count>
 * Prints "ready", waits for a line on stdin (so all processes start together), appends, then
 * prints one JSON line with what happened.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { ConcurrencyError, type NewEvent } from '@careledger/event-store';
import { openSqliteEventStore } from '../sqlite-event-store';

const [filename, mode, countText] = process.argv.slice(2);
if (!filename || (mode !== 'any' && mode !== 'exact')) throw new Error('usage: <filename> <any|exact> <count>');
const count = Number(countText);
const STREAM = 'case-shared';

const event = (i: number): NewEvent => ({
  id: randomUUID(),
  type: 'CaseNoteAdded',
  data: { pid: process.pid, i },
  metadata: { actorId: `pid-${process.pid}`, actorRole: 'test', actorTownship: null, commandId: randomUUID(), correlationId: 'c', causationId: 'c' },
  recordedAt: new Date().toISOString(),
});

async function main(): Promise<void> {
  const store = openSqliteEventStore({ filename: filename as string, synchronous: 'NORMAL', busyTimeoutMs: 20_000 });
  const lines = createInterface({ input: process.stdin });
  const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
  process.stdout.write('ready\n');
  await go;
  lines.close();

  const positions: number[] = [];
  const errors: string[] = [];
  let conflicts = 0;
  for (let i = 0; i < count; i += 1) {
    for (;;) {
      try {
        const last = await store.readStream(STREAM, { direction: 'backwards', limit: 1 });
        const expectedRevision = mode === 'any' ? 'any' : (last[0]?.revision ?? 'no_stream');
        positions.push((await store.append(STREAM, [event(i)], { expectedRevision })).position);
        break;
      } catch (error) {
        if (error instanceof ConcurrencyError) conflicts += 1;
        else {
          errors.push(error instanceof Error ? error.message : String(error));
          break;
        }
      }
    }
  }
  await store.close();
  process.stdout.write(`${JSON.stringify({ positions, conflicts, errors })}\n`);
}

void main();
