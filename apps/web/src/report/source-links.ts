import type { ReportSourceKind } from '../gql/graphql';
import { casePath, claimPath, DONATIONS_PATH, fundPath, policyPath, subsidyPath, VISITS_PATH } from '../routing/routes';

export type DrillSource = {
  readonly kind: ReportSourceKind;
  readonly recordId: string;
  readonly streamId: string;
  readonly caseIds: readonly string[];
};

/** Where a source record is shown: its own page, or the list that holds it. */
export type SourceLink = { readonly kind: 'record' | 'case'; readonly to: string; readonly id: string };

const streamSuffix = (streamId: string, prefix: string): string => (streamId.startsWith(prefix) ? streamId.slice(prefix.length) : streamId);

function recordPath(source: DrillSource): string | null {
  switch (source.kind) {
    case 'SUBSIDY':
      return subsidyPath(source.recordId);
    case 'CLAIM':
      return claimPath(source.recordId);
    case 'FUND':
    case 'RECEIPT':
    case 'EXPENDITURE':
      return fundPath(streamSuffix(source.streamId, 'fund-'));
    case 'POLICY':
    case 'ENROLMENT':
      return policyPath(streamSuffix(source.streamId, 'policy-'));
    case 'VISIT':
    case 'ACTIVITY':
      return VISITS_PATH;
    case 'DONATION':
      return DONATIONS_PATH;
    case 'CASE':
      return casePath(source.recordId);
    case 'TARGET':
      return null;
  }
}

/**
 * The drill-down links of one source: the record's page, then each family's timeline (a case
 * source is its own record, so it is not linked twice).
 */
export function sourceLinks(source: DrillSource): SourceLink[] {
  const record = recordPath(source);
  const links: SourceLink[] = record ? [{ kind: 'record', to: record, id: source.recordId }] : [];
  for (const caseId of source.caseIds) {
    const to = casePath(caseId);
    if (!links.some((l) => l.to === to)) links.push({ kind: 'case', to, id: caseId });
  }
  return links;
}
