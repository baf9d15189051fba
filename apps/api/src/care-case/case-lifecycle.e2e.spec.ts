import { demoIdNumber } from '../demo/demo-data';
import { startTestApp, type TestApp } from '../testing/test-app';

const CASE = `query($id: ID!) { case(id: $id) {
  status category exitReason exitedOn revision
  members { personId name deceased diedOn phoneMasked relation }
  contacts { role name phone }
  timeline { type reason businessDate actorId data }
} }`;

/** Every mutation once, through HTTP: wiring, the reason in the metadata, the read models. */
describe('care case lifecycle over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  async function run(mutation: string, input: Record<string, unknown>) {
    const res = await app.gql(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id createdId revision position } }`, { input });
    expect(res.errors).toBeUndefined();
    return res.data![mutation] as { id: string; createdId: string | null; revision: number; position: number };
  }

  it('records corrections, deaths, category changes, contacts, exits and reopenings with who and why', async () => {
    const { id: caseId } = await run('openCase', { category: 'DISABLED_CHILD', township: 'XP', village: '孝坪村', address: '5组', openedOn: '2020-06-01' });
    const { createdId: head } = await run('registerMember', { caseId, name: '王德明', idNumber: demoIdNumber('1963-01-20', 13), relation: 'HEAD', birthDate: '1963-01-20', phone: '13974512345' });
    const { createdId: child } = await run('registerMember', { caseId, name: '王小军', idNumber: demoIdNumber('1990-07-16', 55), relation: 'CHILD', birthDate: '1990-07-16' });
    await run('correctMemberDetails', { caseId, personId: head, phone: '', reason: '号码已停用' });
    await run('assignContact', { caseId, role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' });
    await run('recordMemberDeath', { caseId, personId: child, diedOn: '2023-08-10' });
    await run('changeCaseCategory', { caseId, category: 'BEREAVED', reason: '独生子女去世，转为失独家庭' });
    await run('exitCase', { caseId, exitReason: 'MOVED_AWAY', exitedOn: '2023-09-01', reason: '迁往鹤城区' });
    const last = await run('reopenCase', { caseId, reopenedOn: '2023-12-01', reason: '已迁回本县' });
    expect(last.revision).toBe(8);

    const c = (await app.gql(CASE, { id: caseId }, { 'x-careledger-user': 'auditor' })).data!['case'];
    expect(c).toMatchObject({ status: 'ACTIVE', category: 'BEREAVED', exitReason: null, revision: 8 });
    expect(c.members).toEqual([
      expect.objectContaining({ name: '王德明', phoneMasked: null, deceased: false }),
      expect.objectContaining({ name: '王小军', deceased: true, diedOn: '2023-08-10' }),
    ]);
    expect(c.contacts).toEqual([{ role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' }]);
    expect(c.timeline.map((e: { type: string; reason: string | null; businessDate: string }) => [e.type, e.reason, e.businessDate])).toEqual([
      ['CaseOpened', null, '2020-06-01'],
      ['MemberRegistered', null, expect.any(String)],
      ['MemberRegistered', null, expect.any(String)],
      ['MemberDetailsCorrected', '号码已停用', expect.any(String)],
      ['ContactAssigned', null, expect.any(String)],
      ['MemberDied', null, '2023-08-10'],
      ['CategoryChanged', '独生子女去世，转为失独家庭', expect.any(String)],
      ['CaseExited', '迁往鹤城区', '2023-09-01'],
      ['CaseReopened', '已迁回本县', '2023-12-01'],
    ]);
  });

  it('refuses a correction without a reason and a reopening of an active case, appending nothing', async () => {
    const { id: caseId } = await run('openCase', { category: 'HARDSHIP', township: 'TW', village: '潭湾村', address: '1组', openedOn: '2023-02-14' });
    const { createdId: personId } = await run('registerMember', { caseId, name: '石永福', idNumber: demoIdNumber('1970-08-08', 91), relation: 'HEAD', birthDate: '1970-08-08' });
    const noReason = await app.gql(`mutation($input: CorrectMemberDetailsInput!) { correctMemberDetails(input: $input) { revision } }`, { input: { caseId, personId, name: '石永富', reason: '  ' } });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');
    const reopen = await app.gql(`mutation($input: ReopenCaseInput!) { reopenCase(input: $input) { revision } }`, { input: { caseId, reopenedOn: '2023-03-01', reason: '误操作' } });
    expect(reopen.errors?.[0]?.extensions?.code).toBe('CASE_NOT_EXITED');
    const c = (await app.gql(CASE, { id: caseId })).data!['case'];
    expect(c.revision).toBe(1);
    expect(c.members[0].name).toBe('石永福');
  });
});

describe('business dates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('records the day a command is about when the client names it, and refuses a malformed one', async () => {
    const open = await app.gql(`mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: { category: 'HARDSHIP', township: 'SX', village: '柿溪村', address: '3组', openedOn: '2023-04-18' },
    });
    const caseId = open.data!['openCase'].id;
    const note = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { revision } }`;
    expect((await app.gql(note, { input: { caseId, text: '上周五走访时的记录', businessDate: '2023-05-12' } })).errors).toBeUndefined();
    const bad = await app.gql(note, { input: { caseId, text: 'x', businessDate: '2023-02-30' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'businessDate' } });
    const c = (await app.gql(`query($id: ID!) { case(id: $id) { revision timeline { type businessDate } } }`, { id: caseId })).data!['case'];
    expect(c.revision).toBe(1);
    expect(c.timeline.map((e: { businessDate: string }) => e.businessDate)).toEqual(['2023-04-18', '2023-05-12']);
  });
});
