import { randomBytes } from 'node:crypto';
import { PersonalDataVault, protectPersonalData, type EventStore, type PersonalDataPolicy } from '@careledger/event-store';
import { openSqliteEventStore, type SqliteEventStore } from './sqlite-event-store';
import { removeTempDir, tempDatabase } from './testing/sqlite-contract.harness';

const policy: PersonalDataPolicy = { MemberRegistered: { subject: 'personId', fields: ['idNumber'] } };
const AT = '2024-03-01T08:00:00.000Z';
const META = { actorId: 'u-1', actorRole: 'caseworker', actorTownship: 'CX-XP', commandId: 'c-1', correlationId: 'c-1', causationId: 'c-1' };

/**
 * The vault caches opened keys; a shred by another connection (the CLI while the API runs) must
 * still show on this connection's very next read, cached key or not.
 */
describe('SQLite: shredding on one connection, reading on another', () => {
  const masterKey = randomBytes(32);
  let dir: string;
  let raws: SqliteEventStore[];
  let api: EventStore;
  let cli: PersonalDataVault;
  beforeEach(() => {
    const db = tempDatabase();
    dir = db.dir;
    raws = [openSqliteEventStore({ filename: db.filename, synchronous: 'NORMAL' }), openSqliteEventStore({ filename: db.filename, synchronous: 'NORMAL' })];
    api = protectPersonalData(raws[0]!, new PersonalDataVault(raws[0]!.personalDataKeys, masterKey), policy);
    cli = new PersonalDataVault(raws[1]!.personalDataKeys, masterKey);
  });
  afterEach(async () => {
    await Promise.all(raws.map((r) => r.close()));
    removeTempDir(dir);
  });

  it('reads the erased field as null right after the other connection shreds', async () => {
    const data = { caseId: 'case-1', personId: 'person-1', idNumber: '43122319800101123X' };
    await api.append('case-1', [{ id: 'evt-1', type: 'MemberRegistered', data, metadata: META, recordedAt: AT }]);
    expect((await api.readAll())[0]?.data).toEqual(data);

    await cli.shred('person-1', { actorId: 'admin-1', reason: '本人申请删除', at: AT });

    expect((await api.readAll())[0]?.data).toEqual({ ...data, idNumber: null });
    expect((await api.readStream('case-1'))[0]?.data).toEqual({ ...data, idNumber: null });
  });
});
