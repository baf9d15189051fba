import type { ClaimEvent } from './claim/claim.events';
import { insurancePersonalData } from './insurance.personal-data';
import { claimStreamId, policyStreamId } from './insurance.stream';
import type { PolicyEvent } from './policy/policy.events';
import { claimReported, documentsSubmitted } from './testing/claim.fixtures';
import { memberEnrolled, memberRemoved, policyPurchased } from './testing/policy.fixtures';

type Node = Record<string, unknown>;

// What the event store will do with the policy: replace each listed field (here with null).
function erase(event: ClaimEvent | PolicyEvent): Node {
  const data = structuredClone(event.data) as Node;
  for (const path of insurancePersonalData[event.type]?.fields ?? []) {
    if (!(path in data)) throw new Error(`${event.type}: policy path ${path} is not in the event`);
    data[path] = null;
  }
  return data;
}

describe('insurancePersonalData', () => {
  it("erases the claim's health-related description and keeps what the report counts", () => {
    const erased = erase(claimReported);
    expect(JSON.stringify(erased)).not.toContain(claimReported.data.description);
    expect(erased).toMatchObject({
      eventType: 'HOSPITALISATION',
      eventOn: '2023-05-08',
      personId: 'p-mother',
    });
  });

  it('names, as subject, a path holding the person id', () => {
    const subject = insurancePersonalData['ClaimReported']?.subject ?? '';
    expect((claimReported.data as Node)[subject]).toBe('p-mother');
  });

  it('leaves events without personal data untouched', () => {
    const removed = memberRemoved('p-1', '2023-05-01');
    const events = [policyPurchased, memberEnrolled('p-1'), removed, documentsSubmitted];
    for (const event of events) expect(erase(event)).toEqual(event.data);
  });
});

describe('stream ids', () => {
  it('name the policy by year and the claim by id', () => {
    expect(policyStreamId(2023)).toBe('policy-2023');
    expect(claimStreamId('cl-0001')).toBe('claim-cl-0001');
  });
});
