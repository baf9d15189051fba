import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { ApplyForSubsidyMutation } from './apply-for-subsidy.mutation';
import { ApplySubsidyModal, SubsidyCaseMembersQuery } from './ApplySubsidyModal';
import { fieldError, typeDate } from '../test/antd-form';
import { captureCommand } from '../test/capture-command';

const family = { id: 'case-1', label: '张* · 孝坪镇 孝坪村' };

const membersMock: MockLink.MockedResponse = {
  request: { query: SubsidyCaseMembersQuery, variables: { id: 'case-1' } },
  result: {
    data: {
      case: {
        __typename: 'Case',
        id: 'case-1',
        members: [
          { __typename: 'Member', personId: 'p-1', name: '张*', relation: 'HEAD' },
          { __typename: 'Member', personId: 'p-2', name: '李*', relation: 'SPOUSE' },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function choose(testId: string, option: string) {
  fireEvent.mouseDown(screen.getByTestId(testId).querySelector('.ant-select-content') ?? screen.getByTestId(testId));
  fireEvent.click(await screen.findByTitle(option));
}

function renderModal(mocks: MockLink.MockedResponse[] = [], locale: 'zh' | 'en' = 'zh') {
  const applied: string[] = [];
  renderWithProviders(<ApplySubsidyModal open onClose={() => undefined} onApplied={(id) => applied.push(id)} family={family} />, {
    mocks: [membersMock, ...mocks],
    locale,
  });
  return applied;
}

describe('ApplySubsidyModal', () => {
  it('asks for every field in Chinese before anything is sent', async () => {
    renderModal();
    fireEvent.click(await screen.findByTestId('apply-subsidy-submit'));
    await waitFor(() => expect(fieldError('apply-subsidy-hospital-name')).toBe('请填写医院名称'));
    expect(fieldError('apply-subsidy-member')).toBe('请填写住院人');
    expect(fieldError('apply-subsidy-hospital-grade')).toBe('请填写医院等级');
    expect(fieldError('apply-subsidy-diagnosis')).toBe('请填写疾病类别');
    expect(fieldError('apply-subsidy-admitted-on')).toBe('请填写入院日期');
    expect(fieldError('apply-subsidy-discharged-on')).toBe('请填写出院日期');
  });

  it('refuses a discharge before the admission, and says so in English too', async () => {
    renderModal([], 'en');
    typeDate('apply-subsidy-admitted-on', '2023-03-10');
    typeDate('apply-subsidy-discharged-on', '2023-03-09');
    fireEvent.click(screen.getByTestId('apply-subsidy-submit'));
    await waitFor(() => expect(fieldError('apply-subsidy-discharged-on')).toBe('The discharge date cannot be before the admission date'));
    expect(fieldError('apply-subsidy-admitted-on')).toBeUndefined();
    expect(fieldError('apply-subsidy-hospital-name')).toBe('Please enter Hospital');
  });

  it('refuses a stay in the future', async () => {
    renderModal();
    typeDate('apply-subsidy-admitted-on', '2999-01-01');
    fireEvent.click(screen.getByTestId('apply-subsidy-submit'));
    await waitFor(() => expect(fieldError('apply-subsidy-admitted-on')).toBe('日期不能晚于今天'));
  });

  it('sends the family, member and stay, and puts a server refusal on the field it names', async () => {
    const { sent, mock: refusal } = captureCommand(ApplyForSubsidyMutation, {
      errors: [
        {
          message: 'this hospital grade is not eligible under the rules in force',
          extensions: { code: 'VALIDATION_FAILED', details: { field: 'hospitalGrade', rule: 'notEligible' } },
        },
      ],
    });
    const applied = renderModal([refusal]);
    await choose('apply-subsidy-member', '李*（配偶）');
    fireEvent.change(screen.getByTestId('apply-subsidy-hospital-name'), { target: { value: ' 辰溪县人民医院 ' } });
    await choose('apply-subsidy-hospital-grade', '未定级');
    await choose('apply-subsidy-diagnosis', '恶性肿瘤');
    typeDate('apply-subsidy-admitted-on', '2023-03-01');
    typeDate('apply-subsidy-discharged-on', '2023-03-21');
    fireEvent.click(screen.getByTestId('apply-subsidy-submit'));

    await waitFor(() => expect(fieldError('apply-subsidy-hospital-grade')).toBe('「医院等级」填写有误，请检查'));
    expect(sent).toEqual([
      expect.objectContaining({
        caseId: 'case-1',
        personId: 'p-2',
        hospitalName: '辰溪县人民医院',
        hospitalGrade: 'UNGRADED',
        diagnosisCategory: 'MALIGNANT_TUMOUR',
        admittedOn: '2023-03-01',
        dischargedOn: '2023-03-21',
      }),
    ]);
    expect(applied).toEqual([]);
  });
});
