import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import { reportSealDecider } from './report-seal.decider';
import { countySeal, reportSealed, sealReport } from './testing/report-seal.fixtures';

const spec = deciderSpec(reportSealDecider);

describe('SealReport', () => {
  it("seals the year's report at a position, with trimmed text", () => {
    spec.given([]).when(sealReport(countySeal, { note: ` ${countySeal.note} ` })).then([reportSealed(countySeal)]);
  });

  it('seals a township report; a blank note is no note', () => {
    const cy = { ...countySeal, sealId: 'seal-cy', township: 'CY', note: null };
    spec.given([reportSealed(countySeal)]).when(sealReport(cy, { township: ' CY ', note: '  ' })).then([reportSealed(cy)]);
  });

  it('accepts a second seal of the same report at another position (a correction), kept in order', () => {
    const correction = { ...countySeal, sealId: 'seal-2023-county-2', position: 1_300, figuresHash: 'b'.repeat(64) };
    spec.given([reportSealed(countySeal)]).when(sealReport(correction)).then([reportSealed(correction)]);
    const state = foldEvents(reportSealDecider, [reportSealed(countySeal), reportSealed(correction)]);
    expect(state.seals.map((s) => s.sealId)).toEqual([countySeal.sealId, correction.sealId]);
  });

  it('is already done when the same seal comes again', () => {
    spec.given([reportSealed(countySeal)]).when(sealReport(countySeal)).then([]);
  });

  it('refuses the same seal id with other details', () => {
    const ids = { kind: 'report seal', year: 2023, sealId: countySeal.sealId };
    spec.given([reportSealed(countySeal)]).when(sealReport(countySeal, { position: 1_205 })).thenThrows('ALREADY_EXISTS', ids);
    spec.given([reportSealed(countySeal)]).when(sealReport(countySeal, { figuresHash: 'c'.repeat(64) })).thenThrows('ALREADY_EXISTS', ids);
    spec.given([reportSealed(countySeal)]).when(sealReport(countySeal, { township: 'CY' })).thenThrows('ALREADY_EXISTS', ids);
  });

  it('refuses a seal for another year than the stream holds', () => {
    spec
      .given([reportSealed(countySeal)])
      .when(sealReport(countySeal, { year: 2024, sealId: 'other' }))
      .thenThrows('VALIDATION_FAILED', { field: 'year', expected: 2023 });
  });

  it.each([
    ['position 0', { position: 0 }, 'position'],
    ['a negative position', { position: -3 }, 'position'],
    ['a fractional position', { position: 1.5 }, 'position'],
    ['a short head hash', { headHash: 'a'.repeat(63) }, 'headHash'],
    ['an upper-case figures hash', { figuresHash: 'A'.repeat(64) }, 'figuresHash'],
    ['a figures hash that is not hex', { figuresHash: 'g'.repeat(64) }, 'figuresHash'],
    ['a day that is not a civil date', { sealedOn: '2024-02-30' }, 'sealedOn'],
    ['an instant instead of a day', { sealedOn: '2024-01-15T08:00:00Z' }, 'sealedOn'],
    ['a blank seal id', { sealId: ' ' }, 'sealId'],
    ['a year out of range', { year: 1999 }, 'year'],
  ])('refuses %s', (_name, override, field) => {
    spec.given([]).when(sealReport(countySeal, override)).thenThrows('VALIDATION_FAILED', { field });
  });
});
