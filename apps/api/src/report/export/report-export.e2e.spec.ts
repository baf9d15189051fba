import { Workbook, type Worksheet } from 'exceljs';
import { runMutation } from '../../testing/run-mutation';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { openFamily, visitInput } from '../../visit/visit.testing';

const COUNTY = 'county-officer';

describe('XLSX exports of the annual report (real server, real commands)', () => {
  let app: TestApp;
  let last = 0;
  const m = async (name: string, input: Record<string, unknown>, user = COUNTY) => {
    last = (await runMutation(app, name, input, user)).position;
  };
  const download = (path: string) => fetch(`${app.running.url}${path}`);
  const sheetOf = async (res: Response): Promise<Worksheet> => {
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    return workbook.worksheets[0]!;
  };
  /** The row whose column B (report) or A (evaluation) reads `label`. */
  const rowWith = (sheet: Worksheet, column: number, label: string) => {
    let found: number | null = null;
    sheet.eachRow((row, n) => {
      if (row.getCell(column).value === label) found = n;
    });
    if (found === null) throw new Error(`no row "${label}"`);
    return sheet.getRow(found);
  };

  beforeAll(async () => {
    app = await startTestApp();
    const cy = await openFamily(app, 'CY');
    await m('recordVisit', visitInput(cy.caseId, cy.personIds, { visitedOn: '2023-02-01' }), 'caseworker-cy');
    await m('recordDonation', { year: 2023, receivedOn: '2023-05-20', channel: 'ONLINE', amountFen: 7_000_000, matchingFen: 181_116, source: '小善举·大爱心平台' });
    const fundId = (
      await runMutation(app, 'allocateBudget', { year: 2023, code: 'basic', name: '基本支出', purpose: '年度预算', amountFen: 100_000_000, allocatedOn: '2023-01-10' }, COUNTY)
    ).id.replace(/^fund-/, '');
    await m('receiveFunds', { fundId, amountFen: 96_130_000, receivedOn: '2023-02-01', source: '县财政局' });
    await m('recordExpenditure', { fundId, category: 'PERSONNEL', amountFen: 53_390_000, spentOn: '2023-03-01', description: '工资' });
    await m('recordExpenditure', { fundId, category: 'PUBLIC', amountFen: 35_740_000, spentOn: '2023-03-01', description: '办公' });
    await m('setPerformanceTarget', { year: 2023, indicatorId: 'visits', name: '上门走访次数', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 20, sourceQuery: 'visits.count' });
    await m('setPerformanceTarget', { year: 2023, indicatorId: 'giving', name: '线上募捐金额', direction: 'AT_LEAST', value: 7_181_116, unit: 'FEN', weight: 80, sourceQuery: 'donations.totalFen' });
    await m('explainTargetDeviation', { year: 2023, indicatorId: 'visits', reason: '春节后走访推迟至次年' });
    // Wait for the read model to show every write before downloading (the export reads it live).
    await app.gql('query($m: SafeInt) { annualReport(year: 2023, minPosition: $m) { position } }', { m: last });
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('downloads the county report: Chinese headers, money in 元 as formatted numbers, the position in the footer', async () => {
    const res = await download('/export/annual-report/2023.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="annual-report-2023.xlsx"; filename*=UTF-8''${encodeURIComponent('2023年度报告.xlsx')}`,
    );
    const sheet = await sheetOf(res);
    expect(sheet.name).toBe('年度报告');
    expect(sheet.getRow(2).values).toEqual([undefined, '栏目', '指标', '数值', '单位']);
    const personnel = rowWith(sheet, 2, '人员经费');
    expect(personnel.getCell(3).value).toBe(533_900);
    expect(personnel.getCell(3).numFmt).toBe('#,##0.00');
    expect(personnel.getCell(4).value).toBe('元');
    const giving = rowWith(sheet, 2, '本年募捐（含配捐）');
    expect(giving.getCell(1).value).toBe('线上募捐');
    expect(giving.getCell(3).value).toBe(71_811.16);
    expect(rowWith(sheet, 2, '人员经费占基本支出').getCell(3)).toMatchObject({ value: 0.599, numFmt: '0.00%' });
    expect(rowWith(sheet, 2, '上门走访次数').getCell(3).value).toBe(1);
    const { position } = (await app.gql('{ annualReport(year: 2023) { position } }')).data!['annualReport'] as { position: number };
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe(`数据截至事件日志位置 ${position}`);
  });

  it('downloads a township report without the county-only figures', async () => {
    const res = await download('/export/annual-report/2023.xlsx?township=CY');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toContain('filename="annual-report-2023-CY.xlsx"');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('2023年度报告（CY）.xlsx');
    const sheet = await sheetOf(res);
    expect(sheet.getRow(1).getCell(1).value).toBe('2023年度工作报告数据（CY）');
    expect(rowWith(sheet, 2, '上门走访次数').getCell(3).value).toBe(1);
    expect(() => rowWith(sheet, 2, '人员经费')).toThrow('no row');
  });

  it('downloads the self-evaluation: completion, score and grade per indicator, and the total', async () => {
    const res = await download('/export/self-evaluation/2023.xlsx');
    expect(res.status).toBe(200);
    const sheet = await sheetOf(res);
    expect(sheet.getRow(2).values).toEqual([
      undefined, '绩效指标', '指标方向', '年度指标值', '单位', '分值', '实际完成值', '完成率', '得分', '等级', '偏差原因分析',
    ]);
    const visits = rowWith(sheet, 1, '上门走访次数');
    // 1 visit of 2: 50% of 20 points = 10.00, 差.
    expect(visits.values).toEqual([undefined, '上门走访次数', '≥（越高越好）', 2, '次/个', 20, 1, 0.5, 10, '差', '春节后走访推迟至次年']);
    const giving = rowWith(sheet, 1, '线上募捐金额');
    expect(giving.getCell(3)).toMatchObject({ value: 71_811.16, numFmt: '#,##0.00' });
    expect(giving.getCell(6).value).toBe(71_811.16);
    expect(giving.getCell(9).value).toBe('优');
    expect(giving.getCell(10).value).toBe('');
    const total = rowWith(sheet, 1, '合计');
    expect([total.getCell(5).value, total.getCell(8).value, total.getCell(9).value]).toEqual([100, 90, '优']);
  });

  it('answers English headers with lang=en', async () => {
    const sheet = await sheetOf(await download('/export/self-evaluation/2023.xlsx?lang=en'));
    expect(sheet.getRow(2).getCell(1).value).toBe('Indicator');
    expect(rowWith(sheet, 1, 'Total').getCell(9).value).toBe('Excellent');
  });

  it('refuses a bad year with a typed JSON error', async () => {
    const res = await download('/export/annual-report/1900.xlsx');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'year' } });
    const notYear = await download('/export/self-evaluation/abc.xlsx');
    expect(notYear.status).toBe(400);
    expect(await notYear.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'year' } });
  });
});
