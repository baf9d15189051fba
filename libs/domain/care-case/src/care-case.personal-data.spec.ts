import type { CareCaseEvent } from './care-case.events';
import { careCasePersonalData } from './care-case.personal-data';
import { careCaseStreamId } from './care-case.stream';
import { caseId, father, memberRegistered } from './testing/care-case.fixtures';

type Node = Record<string, unknown>;

// What the event store will do with the policy: replace each listed field (here with null).
function erase(event: CareCaseEvent): unknown {
  const data = structuredClone(event.data) as Node;
  for (const path of careCasePersonalData[event.type]?.fields ?? []) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Node>((node, key) => node[key] as Node, data);
    if (!(last in parent)) throw new Error(`${event.type}: policy path ${path} is not in the event`);
    parent[last] = null;
  }
  return { ...event, data };
}

const corrected: CareCaseEvent = {
  type: 'MemberDetailsCorrected',
  data: {
    caseId,
    personId: father.personId,
    changes: {
      idNumber: father.idNumber,
      idNumberHash: 'h',
      idNumberTail: father.idNumber.slice(-4),
      phone: '13912345678',
    },
  },
};

describe('careCasePersonalData', () => {
  it.each([memberRegistered(father), corrected])('leaves no ID or phone number in $type', (event) => {
    const erased = JSON.stringify(erase(event));
    expect(erased).not.toContain(father.idNumber);
    expect(erased).not.toMatch(/1[3-9]\d{9}/);
    expect(erased).toContain(father.idNumber.slice(-4));
  });

  it('names, as subject, a path holding the person id', () => {
    for (const event of [memberRegistered(father), corrected]) {
      const subject = careCasePersonalData[event.type]?.subject ?? '';
      expect((event.data as Node)[subject]).toBe(father.personId);
    }
  });
});

describe('careCaseStreamId', () => {
  it('prefixes the case id', () => {
    expect(careCaseStreamId('c-0001')).toBe('case-c-0001');
  });
});
