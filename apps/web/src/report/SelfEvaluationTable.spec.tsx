import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ExplainTargetDeviationMutation } from './explain-deviation.mutation';
import { ExplainDeviationModal } from './ExplainDeviationModal';
import { missesTarget, SelfEvaluationTable } from './SelfEvaluationTable';
import { captureCommand } from '../test/capture-command';

const row = (indicatorId: string, name: string, score: number | null, deviationReason: string | null) => ({
  __typename: 'ReportTarget' as const,
  indicatorId,
  name,
  direction: 'AT_LEAST' as const,
  unit: 'COUNT' as const,
  value: 24,
  actual: score === null ? null : 20,
  completionBp: score === null ? null : 8333,
  weight: 15,
  score,
  sourceQuery: 'visits.homeVisitCount',
  deviationReason,
});

const TARGETS = [
  row('home-visits', '上门走访慰问次数', 1250, null),
  row('collective-activities', '暖心家园集中慰问活动次数', 1500, null),
  row('members-home', '会员之家项目申报个数', 1000, '两个乡镇会员之家尚在建设'),
  row('advanced-units', '评选表彰先进集体个数', null, null),
];

const deviationOf = (name: string) => within(screen.getByText(name).closest('tr')!).getByTestId('report-target-deviation').textContent;

describe('SelfEvaluationTable: 偏差原因', () => {
  it('shows each reason, flags a missed target without one, and leaves met or unmeasured ones blank', () => {
    renderWithProviders(<SelfEvaluationTable targets={TARGETS} />);
    expect(deviationOf('上门走访慰问次数')).toBe('未达标，尚未说明原因');
    expect(deviationOf('暖心家园集中慰问活动次数')).toBe('—');
    expect(deviationOf('会员之家项目申报个数')).toBe('两个乡镇会员之家尚在建设');
    expect(deviationOf('评选表彰先进集体个数')).toBe('—');
    // The printed table has no buttons.
    expect(screen.queryAllByTestId('report-target-explain')).toHaveLength(0);
  });

  it('offers 说明偏差 or 修改 on the report page and hands the row over', () => {
    const picked: string[] = [];
    renderWithProviders(<SelfEvaluationTable targets={TARGETS} onExplain={(t) => picked.push(t.indicatorId)} />);
    const buttons = screen.getAllByTestId('report-target-explain');
    expect(buttons.map((b) => b.textContent?.replace(/\s/g, ''))).toEqual(['说明偏差', '说明偏差', '修改', '说明偏差']);
    fireEvent.click(buttons[2]!);
    expect(picked).toEqual(['members-home']);
  });

  it('tells a missed target by its score against full marks', () => {
    expect(missesTarget({ score: 1499, weight: 15 })).toBe(true);
    expect(missesTarget({ score: 1500, weight: 15 })).toBe(false);
    expect(missesTarget({ score: null, weight: 15 })).toBe(false);
  });
});

describe('ExplainDeviationModal', () => {

  it('starts from the current reason, refuses a blank one, and sends the year, indicator and trimmed reason', async () => {
    const { sent, mock } = captureCommand(ExplainTargetDeviationMutation, { data: { explainTargetDeviation: { __typename: 'CommandResult', id: 'c-1', position: 9 } } });
    let closed = false;
    renderWithProviders(
      <ExplainDeviationModal year={2023} target={{ indicatorId: 'members-home', name: '会员之家项目申报个数', deviationReason: '旧的说明' }} onClose={() => (closed = true)} />,
      { mocks: [mock] },
    );
    const input = (await screen.findByTestId('explain-deviation-reason')) as HTMLTextAreaElement;
    expect(input.value).toBe('旧的说明');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('explain-deviation-submit'));
    await screen.findByText('请填写偏差原因');
    expect(sent).toEqual([]);
    fireEvent.change(input, { target: { value: ' 两个乡镇会员之家尚在建设，预计明年申报 ' } });
    fireEvent.click(screen.getByTestId('explain-deviation-submit'));
    await waitFor(() => expect(closed).toBe(true));
    expect(sent).toEqual([{ year: 2023, indicatorId: 'members-home', reason: '两个乡镇会员之家尚在建设，预计明年申报', commandId: expect.any(String) }]);
  });
});
