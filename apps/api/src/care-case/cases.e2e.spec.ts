import Database from 'better-sqlite3';
import path from 'node:path';
import { demoIdNumber } from '../demo/demo-data';
import { startTestApp, type TestApp } from '../testing/test-app';

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id revision position } }`;
const REGISTER = `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id createdId revision position } }`;
const NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id createdId revision position } }`;
const CASE = `query($id: ID!) { case(id: $id) {
  id status category township townshipName village revision memberCount headName
  members { personId name idNumberMasked relation sex birthDate phoneMasked deceased }
  timeline { eventId position revision type data actorId actorName actorRole actorTownship reason businessDate commandId correlationId recordedAt }
} }`;

const ID_NUMBER = demoIdNumber('1958-04-12', 31);

describe('care case GraphQL API (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function openCase(extra: Record<string, unknown> = {}) {
    const res = await app.gql(OPEN, {
      input: { category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组12号', openedOn: '2023-03-15', ...extra },
    });
    expect(res.errors).toBeUndefined();
    return res.data!['openCase'] as { id: string; revision: number; position: number };
  }

  async function head(): Promise<number> {
    const db = new Database(path.join(app.dataDir, 'events.sqlite'), { readonly: true });
    try {
      return (db.prepare('select count(*) as n from events').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('opens a case, registers a member and shows both on the case with masked personal data', async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({ revision: 0, position: 1 });

    const reg = await app.gql(
      REGISTER,
      { input: { caseId: opened.id, name: '张建国', idNumber: ID_NUMBER, relation: 'HEAD', birthDate: '1958-04-12', phone: '13807451234', expectedRevision: 0 } },
      { 'x-careledger-user': 'caseworker-xp', 'x-correlation-id': 'visit-42' },
    );
    expect(reg.errors).toBeUndefined();
    expect(reg.data!['registerMember']).toMatchObject({ id: opened.id, revision: 1, position: 2 });

    const { data } = await app.gql(CASE, { id: opened.id });
    const c = data!['case'];
    expect(c).toMatchObject({ status: 'ACTIVE', category: 'BEREAVED', townshipName: '辰阳镇', revision: 1, memberCount: 1, headName: '张建国' });
    expect(c.members).toEqual([
      expect.objectContaining({
        name: '张建国',
        idNumberMasked: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`,
        sex: 'MALE',
        phoneMasked: '138****1234',
        deceased: false,
      }),
    ]);
    expect(c.timeline.map((e: { type: string }) => e.type)).toEqual(['CaseOpened', 'MemberRegistered']);
    const registered = c.timeline[1];
    expect(registered).toMatchObject({ actorId: 'caseworker-xp', actorName: '李梅', actorRole: 'caseworker', actorTownship: 'XP', correlationId: 'visit-42', position: 2 });
    expect(JSON.stringify(registered.data)).not.toContain(ID_NUMBER);
    expect(c.timeline[0]).toMatchObject({ actorId: 'caseworker-cy', businessDate: '2023-03-15' });
  });

  it('stores ID numbers and phones encrypted: the raw event rows never contain them', async () => {
    const opened = await openCase();
    await app.gql(REGISTER, { input: { caseId: opened.id, name: '张建国', idNumber: ID_NUMBER, relation: 'HEAD', birthDate: '1958-04-12', phone: '13807451234' } });
    const db = new Database(path.join(app.dataDir, 'events.sqlite'), { readonly: true });
    const rows = db.prepare('select data from events').all() as { data: string }[];
    db.close();
    expect(rows).toHaveLength(2);
    const raw = rows.map((r) => r.data).join('\n');
    expect(raw).toContain('张建国');
    expect(raw).not.toContain(ID_NUMBER);
    expect(raw).not.toContain('13807451234');
  });

  it('refuses an invalid ID number with a typed, field-level error and appends nothing', async () => {
    const opened = await openCase();
    const before = await head();
    const bad = ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('0') ? '1' : '0');
    const res = await app.gql(REGISTER, { input: { caseId: opened.id, name: '张建国', idNumber: bad, relation: 'HEAD', birthDate: '1958-04-12' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'idNumber' } });
    expect(await head()).toBe(before);
  });

  it('refuses an unknown township and an unknown case with typed errors', async () => {
    const township = await app.gql(OPEN, { input: { category: 'BEREAVED', township: 'NOPE', village: 'v', address: 'a', openedOn: '2023-01-01' } });
    expect(township.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'township' } });
    const note = await app.gql(NOTE, { input: { caseId: 'no-such-case', text: 'hello' } });
    expect(note.errors?.[0]?.extensions?.code).toBe('CASE_NOT_FOUND');
    const badEnum = await app.gql(OPEN, { input: { category: 'ROYAL', township: 'CY', village: 'v', address: 'a', openedOn: '2023-01-01' } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await head()).toBe(0);
  });

  it("returns CONCURRENCY_CONFLICT for a stale expectedRevision and writes nothing", async () => {
    const opened = await openCase();
    await app.gql(NOTE, { input: { caseId: opened.id, text: '第一条', expectedRevision: 0 } });
    const stale = await app.gql(NOTE, { input: { caseId: opened.id, text: '基于旧版本', expectedRevision: 0 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { expected: 0, actual: 1 } });
    expect(await head()).toBe(2);
  });

  it('retries without expectedRevision, so concurrent notes all land (up to the retry bound)', async () => {
    const opened = await openCase();
    const results = await Promise.all(
      Array.from({ length: 3 }, (_, i) => app.gql(NOTE, { input: { caseId: opened.id, text: `并发备注 ${i}` } })),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const { data } = await app.gql(CASE, { id: opened.id });
    expect(data!["case"].revision).toBe(3);
  });

  it('treats a re-sent commandId as the same command (exactly once)', async () => {
    const opened = await openCase({ commandId: 'open-1' });
    const again = await openCase({ commandId: 'open-1' });
    expect(again).toEqual(opened);
    const first = await app.gql(NOTE, { input: { caseId: opened.id, text: '只记一次', commandId: 'note-1' } });
    const second = await app.gql(NOTE, { input: { caseId: opened.id, text: '只记一次', commandId: 'note-1' } });
    expect(second.data).toEqual(first.data);
    expect(await head()).toBe(2);
  });

  it('rejects an unknown acting user', async () => {
    const res = await app.gql(NOTE, { input: { caseId: 'x', text: 't' } }, { 'x-careledger-user': 'mallory' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
