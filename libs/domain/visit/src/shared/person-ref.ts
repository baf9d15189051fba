import { requireText, validationFailed } from '@careledger/domain-kernel';

/**
 * A member of a family's case, by id: visits and activities name the people they reached this
 * way (never by name), so the facts about a person stay in their case file.
 */
export type PersonRef = { readonly caseId: string; readonly personId: string };

const MAX_ID = 64;

/** A list of distinct ids (case ids, for instance), each trimmed, at least `min` long. */
export function requireIdList(field: string, value: unknown, { min }: { min: number }): string[] {
  const ids = requireList(field, value, min).map((id, i) =>
    requireText(`${field}[${i}]`, id, { max: MAX_ID }),
  );
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) {
    throw validationFailed(field, `${field} lists ${repeated} twice`, { rule: 'duplicate', id: repeated });
  }
  return ids;
}

/**
 * A list of persons, each named once: a person belongs to one case, so a repeated personId is a
 * duplicate even under another caseId. That is what makes "people reached" a count of persons.
 */
export function requirePersonRefs(field: string, value: unknown, { min }: { min: number }): PersonRef[] {
  const refs = requireList(field, value, min).map((item, i): PersonRef => {
    const ref = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return {
      caseId: requireText(`${field}[${i}].caseId`, ref['caseId'], { max: MAX_ID }),
      personId: requireText(`${field}[${i}].personId`, ref['personId'], { max: MAX_ID }),
    };
  });
  const seen = new Set<string>();
  for (const { personId } of refs) {
    if (seen.has(personId)) {
      const message = `${field} names person ${personId} twice`;
      throw validationFailed(field, message, { rule: 'duplicate', personId });
    }
    seen.add(personId);
  }
  return refs;
}

/** The cases of `refs`, each once, in order of first appearance. */
export function casesOf(refs: readonly PersonRef[]): string[] {
  return [...new Set(refs.map((ref) => ref.caseId))];
}

export function requireList(field: string, value: unknown, min: number): unknown[] {
  if (!Array.isArray(value)) throw validationFailed(field, `${field} must be a list`);
  if (value.length < min) throw validationFailed(field, `${field} needs at least ${min} entries`, { min });
  return value;
}

/**
 * People reached: distinct persons. The deciders already refuse a person listed twice, so this
 * equals the list's length for any recorded visit or activity; a report adding up several
 * records still counts a person once per record (person-times, as the annual report does).
 */
export function countPersons(refs: readonly PersonRef[]): number {
  return new Set(refs.map((ref) => ref.personId)).size;
}
