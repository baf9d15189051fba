import type { CaseCategory, MemberRelation } from '@careledger/domain-care-case';

/** 辰溪县's administrative division code: the first six digits of its residents' ID numbers. */
const REGION = '431223';
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid GB 11643 ID number (fictional person) from a birth date and sequence number. */
export function demoIdNumber(birthDate: string, sequence: number): string {
  const body = `${REGION}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export interface DemoMember {
  readonly name: string;
  readonly relation: MemberRelation;
  readonly birthDate: string;
  /** Odd = male, even = female (GB 11643 sequence digit). */
  readonly sequence: number;
  readonly phone?: string;
}

export interface DemoCase {
  readonly township: string;
  readonly village: string;
  readonly address: string;
  readonly category: CaseCategory;
  readonly openedOn: string;
  readonly members: readonly DemoMember[];
  readonly contacts: { readonly township: string; readonly village: string };
  readonly note?: string;
}

/** A small, fictional data set: one family file per township, a few with later history. */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    township: 'CY', village: '城南社区', address: '辰阳镇城南社区3组12号', category: 'BEREAVED', openedOn: '2021-03-15',
    members: [
      { name: '张建国', relation: 'HEAD', birthDate: '1958-04-12', sequence: 31, phone: '13807451234' },
      { name: '李秀英', relation: 'SPOUSE', birthDate: '1960-09-03', sequence: 42 },
    ],
    contacts: { township: '刘芳', village: '杨春花' },
    note: '老两口身体尚可，希望节日多来看看。',
  },
  {
    township: 'XP', village: '孝坪村', address: '孝坪镇孝坪村5组', category: 'DISABLED_CHILD', openedOn: '2020-06-01',
    members: [
      { name: '王德明', relation: 'HEAD', birthDate: '1963-01-20', sequence: 13, phone: '13974512345' },
      { name: '赵桂兰', relation: 'SPOUSE', birthDate: '1965-11-08', sequence: 24 },
      { name: '王小军', relation: 'CHILD', birthDate: '1990-07-16', sequence: 55 },
    ],
    contacts: { township: '李梅', village: '向东' },
  },
  {
    township: 'HMC', village: '火马冲村', address: '火马冲镇火马冲村2组', category: 'SURGICAL_COMPLICATION', openedOn: '2019-10-10',
    members: [{ name: '陈玉兰', relation: 'HEAD', birthDate: '1968-02-28', sequence: 62, phone: '15907451111' }],
    contacts: { township: '周敏', village: '舒大勇' },
  },
  {
    township: 'HXK', village: '黄溪口村', address: '黄溪口镇黄溪口村7组', category: 'BEREAVED', openedOn: '2022-01-05',
    members: [
      { name: '刘长生', relation: 'HEAD', birthDate: '1955-05-05', sequence: 17 },
      { name: '米翠花', relation: 'SPOUSE', birthDate: '1957-12-12', sequence: 28 },
    ],
    contacts: { township: '谢丽', village: '米成' },
    note: '刘长生患高血压，需定期随访。',
  },
  {
    township: 'TW', village: '潭湾村', address: '潭湾镇潭湾村1组', category: 'HARDSHIP', openedOn: '2023-02-14',
    members: [{ name: '石永福', relation: 'HEAD', birthDate: '1970-08-08', sequence: 91, phone: '18807452222' }],
    contacts: { township: '唐静', village: '石峰' },
  },
  {
    township: 'AP', village: '安坪村', address: '安坪镇安坪村4组', category: 'BEREAVED', openedOn: '2018-09-20',
    members: [
      { name: '向国华', relation: 'HEAD', birthDate: '1952-03-03', sequence: 35 },
      { name: '舒冬梅', relation: 'SPOUSE', birthDate: '1954-10-10', sequence: 46 },
    ],
    contacts: { township: '钟华', village: '向阳' },
  },
  {
    township: 'XX', village: '修溪村', address: '修溪镇修溪村6组', category: 'DISABLED_CHILD', openedOn: '2021-07-07',
    members: [
      { name: '杨志刚', relation: 'HEAD', birthDate: '1966-06-06', sequence: 19 },
      { name: '杨小燕', relation: 'CHILD', birthDate: '1995-02-02', sequence: 66 },
    ],
    contacts: { township: '蒋红', village: '杨青' },
  },
  {
    township: 'JB', village: '锦滨社区', address: '锦滨镇锦滨社区8组', category: 'BEREAVED', openedOn: '2020-12-01',
    members: [{ name: '黄淑芬', relation: 'HEAD', birthDate: '1959-09-09', sequence: 84, phone: '13707453333' }],
    contacts: { township: '邓丽', village: '黄勇' },
  },
  {
    township: 'SX', village: '柿溪村', address: '柿溪乡柿溪村3组', category: 'SURGICAL_COMPLICATION', openedOn: '2017-04-18',
    members: [{ name: '宋春梅', relation: 'HEAD', birthDate: '1972-04-04', sequence: 22 }],
    contacts: { township: '宋平', village: '丁香' },
  },
  {
    township: 'HT', village: '后塘村', address: '后塘瑶族乡后塘村2组', category: 'BEREAVED', openedOn: '2022-08-30',
    members: [
      { name: '蒲家富', relation: 'HEAD', birthDate: '1956-07-07', sequence: 53 },
      { name: '蒲金凤', relation: 'SPOUSE', birthDate: '1958-01-01', sequence: 64 },
    ],
    contacts: { township: '蒲英', village: '蒲林' },
  },
  {
    township: 'SPX', village: '上蒲溪村', address: '上蒲溪瑶族乡上蒲溪村1组', category: 'HARDSHIP', openedOn: '2023-05-20',
    members: [{ name: '瞿明亮', relation: 'HEAD', birthDate: '1975-03-15', sequence: 77, phone: '15807454444' }],
    contacts: { township: '瞿兰', village: '瞿军' },
  },
  {
    township: 'LZS', village: '罗子山村', address: '罗子山瑶族乡罗子山村5组', category: 'DISABLED_CHILD', openedOn: '2019-03-03',
    members: [
      { name: '龙光辉', relation: 'HEAD', birthDate: '1964-12-24', sequence: 39 },
      { name: '龙小梅', relation: 'CHILD', birthDate: '1992-05-18', sequence: 48 },
    ],
    contacts: { township: '龙娟', village: '龙海' },
  },
];
