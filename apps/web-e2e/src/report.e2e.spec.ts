import { useBrowserSession } from './session';

/** The drawer lists this many sources per page. */
const SOURCES_PAGE_SIZE = 100;

type Figure = { key: string; value: number; sources: Array<{ recordId: string; caseIds: string[]; streamId: string; positions: number[] }> };

/**
 * An auditor's path through the production build over the demo seed: the 2023 report, a figure
 * opened to the records it counted, and one of them followed to the family's timeline.
 */
describe('annual report in the browser', () => {
  const session = useBrowserSession();

  it('opens a figure to its sources and follows one to the family case page', async () => {
    const { annualReport } = await session.graphql<{ annualReport: { figures: Figure[] } }>(
      `query($year: Int!) { annualReport(year: $year) { figures { key value sources { recordId caseIds streamId positions } } } }`,
      { year: 2023 },
    );
    // The first figure of the report that counts families' records (the demo seed has several).
    const figure = annualReport.figures.find((f) => f.sources.some((s) => s.caseIds.length > 0));
    if (!figure) throw new Error('the demo seed should give the 2023 report a figure with family records');

    const page = session.page;
    await page.goto(`${session.url}/report`);
    await page.getByTestId('report-page').waitFor();
    await page.getByTestId('nav-report').waitFor();
    const button = page.locator(`[data-testid="report-figure"][data-key="${figure.key}"]`);
    await button.waitFor();
    expect(await page.getByTestId('report-section-nursing').innerText()).toContain('护理补贴');

    await button.click();
    const drawer = page.getByTestId('report-sources');
    await drawer.waitFor();
    await expect(drawer.getByTestId('report-source').count()).resolves.toBe(Math.min(figure.sources.length, SOURCES_PAGE_SIZE));

    const caseLink = drawer.getByTestId('report-source-case').first();
    const href = await caseLink.getAttribute('href');
    expect(href).toMatch(/^\/cases\/.+/);
    const caseIds = figure.sources.flatMap((s) => s.caseIds).map((id) => `/cases/${encodeURIComponent(id)}`);
    expect(caseIds).toContain(href);
    await caseLink.click();
    await page.getByTestId('case-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
  });

  it('follows a counted record to its events in the audit trail, marked there', async () => {
    const { annualReport } = await session.graphql<{ annualReport: { figures: Figure[] } }>(
      `query($year: Int!) { annualReport(year: $year) { figures { key value sources { recordId caseIds streamId positions } } } }`,
      { year: 2023 },
    );
    const figure = annualReport.figures.find((f) => f.key === 'nursingSubsidy.issuedFen' && f.sources.length > 0);
    if (!figure) throw new Error('the demo seed should issue a nursing subsidy in 2023');
    const source = figure.sources[0]!;

    const page = session.page;
    await page.goto(`${session.url}/report`);
    await page.locator(`[data-testid="report-figure"][data-key="${figure.key}"]`).click();
    const events = page.getByTestId('report-sources').getByTestId('report-source-events').first();
    expect(await events.innerText()).toBe(source.positions.map((p) => `#${p}`).join(' '));
    await events.click();
    await page.getByTestId('audit-trail-page').waitFor();
    expect(new URL(page.url()).searchParams.get('stream')).toBe(source.streamId);
    await page.locator('[data-testid="audit-row"][data-marked="true"]').first().waitFor();
    const marked = await page.locator('[data-testid="audit-row"][data-marked="true"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-position'))));
    expect(marked.sort((a, b) => a - b)).toEqual([...source.positions].sort((a, b) => a - b));
    // Only the record's own stream is listed.
    const all = await page.getByTestId('audit-row').count();
    const { auditTrail } = await session.graphql<{ auditTrail: { totalCount: number } }>('query($s: String) { auditTrail(filter: { streamId: $s }) { totalCount } }', { s: source.streamId });
    expect(all).toBe(Math.min(auditTrail.totalCount, 50));
  });

  it('opens on the latest year the log has something to report for', async () => {
    const { annualReportYears } = await session.graphql<{ annualReportYears: number[] }>('{ annualReportYears }', {});
    const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const latest = Math.max(...annualReportYears.filter((y) => y <= thisYear));
    const page = session.page;
    await page.goto(`${session.url}/report`);
    await page.getByTestId('report-page').waitFor();
    expect(await page.locator('.ant-card-head-title').first().innerText()).toContain(`${latest} 年度工作报告`);
  });

  it('lays the report out as print lines with the seed wording', async () => {
    const page = session.page;
    await page.goto(`${session.url}/report/print?year=2023`);
    const first = page.getByTestId('report-print-line').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('截止12月共发放住院护理补贴');
  });

  it('explains a missed target in the self-evaluation, and the report keeps the reason', async () => {
    const page = session.page;
    const reason = '受住院人次减少影响，护理补贴发放未达年度目标；下半年加强政策宣传。';
    await page.goto(`${session.url}/report`);
    const row = page.getByTestId('report-target').filter({ hasText: '重病大病住院护理补贴发放金额' });
    await row.waitFor();
    expect(await row.getByTestId('report-target-deviation').innerText()).toContain('未达标，尚未说明原因');

    await row.getByTestId('report-target-explain').click();
    await page.getByTestId('explain-deviation-reason').fill(reason);
    await page.getByTestId('explain-deviation-submit').click();
    await row.getByTestId('report-target-deviation').filter({ hasText: reason }).waitFor();

    const { performanceTargets } = await session.graphql<{ performanceTargets: { indicatorId: string; deviationReason: string | null }[] }>(
      '{ performanceTargets(year: 2023) { indicatorId deviationReason } }',
      {},
    );
    expect(performanceTargets.find((t) => t.indicatorId === 'nursing-subsidy-amount')?.deviationReason).toBe(reason);
  });
});
