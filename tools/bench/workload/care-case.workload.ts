import { randomUUID } from 'node:crypto';
import { careCaseDecider, careCaseStreamId, type CareCaseCommand } from '@careledger/domain-care-case';
import { buildResidentId } from '@careledger/domain-kernel';
import { plusDays } from './civil-days';
import { caseworkerOf, type DecidedWriter } from './decided-writer';

// Township codes as the API knows them (apps/api/src/reference/townships.ts): visits are refused
// for any other, and the report groups by them.
const TOWNSHIPS = ['CY', 'XP', 'HMC', 'HXK', 'TW', 'AP', 'XX', 'JB', 'SX', 'HT', 'SPX', 'LZS'] as const;

/** What the other domains' commands need to know about a family once its case is on file. */
export interface Family {
  readonly index: number;
  readonly year: number;
  readonly caseId: string;
  readonly township: string;
  readonly openedOn: string;
  readonly headId: string;
  readonly spouseId: string;
}

/**
 * One family's case file, as a caseworker enters it: the case opened, husband and wife registered
 * (valid resident IDs, hashed with the vault's blind index as the API does), both contacts, a
 * note, a corrected phone number and a category change — 8 commands, 8 events.
 */
export async function seedCareCase(
  writer: DecidedWriter,
  hashIdNumber: (idNumber: string) => string,
  index: number,
  year: number,
): Promise<Family> {
  const township = TOWNSHIPS[index % TOWNSHIPS.length]!;
  const family: Family = {
    index,
    year,
    caseId: randomUUID(),
    township,
    openedOn: plusDays(`${year}-01-05`, index % 60),
    headId: randomUUID(),
    spouseId: randomUUID(),
  };
  const { caseId, openedOn } = family;
  const actor = caseworkerOf(township);
  const run = (command: CareCaseCommand, reason: string | null = null) =>
    writer.run(careCaseDecider, careCaseStreamId(caseId), command, { actor, businessDate: openedOn, reason });
  const member = (personId: string, name: string, relation: 'HEAD' | 'SPOUSE', birthDate: string, sequence: number, phone: string | null) => {
    const idNumber = buildResidentId({ birthDate, sequence });
    return run({ type: 'RegisterMember', data: { caseId, personId, name, idNumber, idNumberHash: hashIdNumber(idNumber), relation, birthDate, phone } });
  };

  const village = '长田湾村';
  await run({ type: 'OpenCase', data: { caseId, category: 'BEREAVED', township, village, address: `${village}${(index % 12) + 1}组${index % 40}号`, openedOn } });
  // Birth year and sequence vary together, so no two people of the workload share an ID number.
  const sequence = 2 * (Math.floor(index / 20) % 400);
  await member(family.headId, '张建国', 'HEAD', `${1950 + (index % 20)}-04-12`, 31 + sequence, '13812345678');
  await member(family.spouseId, '李秀英', 'SPOUSE', `${1952 + (index % 20)}-09-30`, 42 + sequence, null);
  await run({ type: 'AssignContact', data: { caseId, role: 'TOWNSHIP', name: '王芳', phone: '0745-1234567' } });
  await run({ type: 'AssignContact', data: { caseId, role: 'VILLAGE', name: '赵强', phone: null } });
  await run({ type: 'AddCaseNote', data: { caseId, noteId: randomUUID(), text: '上门走访，了解家庭情况' } });
  await run({ type: 'CorrectMemberDetails', data: { caseId, personId: family.headId, changes: { phone: '13912345678' }, reason: '户主更换手机号码' } }, '户主更换手机号码');
  await run({ type: 'ChangeCategory', data: { caseId, category: 'HARDSHIP', reason: '经评估改为计生困难家庭' } }, '经评估改为计生困难家庭');
  return family;
}
