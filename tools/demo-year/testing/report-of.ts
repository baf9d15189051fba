import type { GraphQLClient } from '../graphql-client';

export interface ReportRead {
  readonly position: number;
  readonly county: Record<string, number>;
  readonly townships: ReadonlyMap<string, Record<string, number>>;
  readonly targets: readonly { indicatorId: string; actual: number | null; completionBp: number | null; score: number | null }[];
}

type Figures = { key: string; value: number }[];
const asRecord = (figures: Figures) => Object.fromEntries(figures.map((f) => [f.key, f.value]));

/** The county report of `year` (live, or replayed at `atPosition`) with its township breakdown and targets. */
export async function reportOf(client: GraphQLClient, year: number, atPosition: number | null = null): Promise<ReportRead> {
  const { annualReport: r } = await client.request<{
    annualReport: { position: number; figures: Figures; townships: { township: string; figures: Figures }[]; targets: ReportRead['targets'] };
  }>(
    `query($year: Int!, $at: SafeInt) { annualReport(year: $year, atPosition: $at) {
      position figures { key value } townships { township figures { key value } } targets { indicatorId actual completionBp score }
    } }`,
    { year, at: atPosition },
  );
  return { position: r.position, county: asRecord(r.figures), townships: new Map(r.townships.map((t) => [t.township, asRecord(t.figures)])), targets: r.targets };
}
