import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import { typeDate } from '../test/antd-form';
import { renderWithProviders } from '../test/render';
import { SubsidyFamilyQuery } from './SubsidyHeader';
import { SubsidyPage, SubsidyPageQuery } from './SubsidyPage';
import { RefuseSubsidyAfterNoticeMutation, ReviewSubsidyByTownshipMutation } from './subsidy-action.mutations';
import { applicationFixture, stepFixture } from './subsidy-page.fixtures';
import { captureCommand } from '../test/capture-command';

const familyMock: MockLink.MockedResponse = {
  request: { query: SubsidyFamilyQuery, variables: { id: 'case-1' } },
  result: { data: { case: { __typename: 'Case', id: 'case-1', headName: '张建国' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function pageMock(application: ReturnType<typeof applicationFixture> | null, minPosition: number | null = null): MockLink.MockedResponse {
  return {
    request: { query: SubsidyPageQuery, variables: { id: 'sub-1', minPosition } },
    result: { data: { subsidyApplication: application } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<SubsidyPage applicationId="sub-1" />, { mocks: [familyMock, ...mocks] });
}

const actionButtons = () =>
  within(screen.getByTestId('subsidy-actions'))
    .getAllByRole('button')
    .map((button) => button.getAttribute('data-testid'));

describe('SubsidyPage', () => {
  it('shows the header, the computation and the workflow steps in Chinese', async () => {
    renderPage([pageMock(applicationFixture())]);
    await screen.findByTestId('subsidy-page');
    expect(screen.getByTestId('subsidy-amount').textContent).toBe('2,000.00 元');
    expect(await screen.findByText('张建国')).toBeTruthy();
    expect(screen.getByTestId('subsidy-status').textContent).toBe('已申请');
    expect(screen.getByTestId('subsidy-rules').textContent).toBe('2020-01-01 起施行');
    expect(screen.getByTestId('subsidy-daily-rate').textContent).toBe('100.00 元/天');
    expect(screen.getByTestId('subsidy-caps').textContent).toBe('未触及封顶');
    expect(screen.getByTestId('subsidy-computation-lines').textContent).toContain('计 20 天');
    const steps = screen.getAllByTestId('subsidy-step').map((step) => `${step.textContent}:${step.getAttribute('data-status')}`);
    expect(steps).toEqual(['提交申请:finish', '乡镇审核:process', '县级审批:wait', '张榜公示:wait', '阳光审批系统:wait', '一卡通发放:wait', '报账:wait']);
  });

  it.each<[SubsidyStatus, boolean, string[]]>([
    ['applied', true, ['subsidy-action-townshipReview', 'subsidy-action-withdraw']],
    ['returned', true, ['subsidy-action-supplement']],
    ['townshipApproved', true, ['subsidy-action-countyReview']],
    ['countyApproved', true, ['subsidy-action-postNotice']],
    ['countyApproved', false, ['subsidy-action-submitToSunshine', 'subsidy-action-issuePayment']],
    ['noticePosted', true, ['subsidy-action-closeNotice', 'subsidy-action-refuseAfterNotice']],
    ['noticeClosed', true, ['subsidy-action-submitToSunshine', 'subsidy-action-issuePayment', 'subsidy-action-refuseAfterNotice']],
    ['paymentIssued', true, ['subsidy-action-confirmPayment', 'subsidy-action-recordFailure']],
    ['paymentFailed', true, ['subsidy-action-reissuePayment']],
    ['paid', true, ['subsidy-action-settleReimbursement']],
  ])('in %s (notice required: %s) offers exactly the forms the state allows', async (status, noticeRequired, buttons) => {
    renderPage([pageMock(applicationFixture({ status, noticeRequired }))]);
    await screen.findByTestId('subsidy-actions');
    expect(actionButtons()).toEqual(buttons);
  });

  it.each<SubsidyStatus>(['rejected', 'settled', 'withdrawn'])('offers no form once %s', async (status) => {
    renderPage([pageMock(applicationFixture({ status }))]);
    expect(await screen.findByText('当前状态下没有可办理的操作')).toBeTruthy();
    expect(screen.queryByTestId('subsidy-actions')).toBeNull();
  });

  it('asks for an opinion to return, then approves with the revision read and reads its own write (minPosition)', async () => {
    const { sent, mock: review } = captureCommand(ReviewSubsidyByTownshipMutation, { data: { reviewSubsidyByTownship: { __typename: 'CommandResult', id: 'sub-1', revision: 2, position: 88 } } });
    const approved = applicationFixture({
      status: 'townshipApproved',
      revision: 2,
      steps: [stepFixture(1, 'SubsidyApplied'), stepFixture(2, 'TownshipReviewed', { outcome: 'APPROVED', opinion: '材料齐全' })],
    });
    // Only a refetch that waits for position 88 is answered: without minPosition the approval never shows.
    renderPage([pageMock(applicationFixture()), review, pageMock(approved, 88)]);

    fireEvent.click(await screen.findByTestId('subsidy-action-townshipReview'));
    fireEvent.click(await screen.findByTestId('subsidy-townshipReview-decision-RETURNED'));
    fireEvent.click(screen.getByTestId('subsidy-townshipReview-submit'));
    expect(await screen.findByText('退回或不予批准时必须填写意见')).toBeTruthy();

    fireEvent.click(screen.getByTestId('subsidy-townshipReview-decision-APPROVED'));
    fireEvent.change(screen.getByTestId('subsidy-townshipReview-opinion'), { target: { value: ' 材料齐全 ' } });
    fireEvent.click(screen.getByTestId('subsidy-townshipReview-submit'));

    await waitFor(() => expect(screen.getByTestId('subsidy-status').textContent).toBe('乡镇已审核'));
    expect(sent).toEqual([
      expect.objectContaining({ applicationId: 'sub-1', decision: 'APPROVED', opinion: '材料齐全', expectedRevision: 1 }),
    ]);
    expect(screen.getByTestId('subsidy-step-townshipReview').textContent).toContain('意见：材料齐全');
    expect(actionButtons()).toEqual(['subsidy-action-countyReview']);
  });

  it('refuses payment after the notice (公示后不予发放) with a date and a reason, then shows the ended workflow', async () => {
    const { sent, mock: refuse } = captureCommand(RefuseSubsidyAfterNoticeMutation, { data: { refuseSubsidyAfterNotice: { __typename: 'CommandResult', id: 'sub-1', revision: 6, position: 91 } } });
    const posted = stepFixture(5, 'NoticePosted', { date: '2023-04-10', closesOn: '2023-04-17' });
    const noticed = [
      stepFixture(1, 'SubsidyApplied'),
      stepFixture(2, 'TownshipReviewed', { outcome: 'APPROVED' }),
      stepFixture(3, 'CountyReviewed', { outcome: 'APPROVED' }),
      posted,
    ];
    const refused = applicationFixture({
      status: 'rejected',
      revision: 6,
      steps: [...noticed, stepFixture(6, 'RefusedAfterNotice', { outcome: 'REFUSED', date: '2023-04-12', opinion: '异议属实' })],
    });
    renderPage([pageMock(applicationFixture({ status: 'noticePosted', revision: 5, steps: noticed })), refuse, pageMock(refused, 91)]);

    fireEvent.click(await screen.findByTestId('subsidy-action-refuseAfterNotice'));
    expect(await screen.findByText('不予发放决定日期')).toBeTruthy();
    typeDate('subsidy-refuseAfterNotice-refusedOn', '2023-04-12');
    fireEvent.click(screen.getByTestId('subsidy-refuseAfterNotice-submit'));
    expect(await screen.findByText('请说明原因（将记入审计记录）')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByTestId('subsidy-refuseAfterNotice-reason'), { target: { value: ' 异议属实 ' } });
    fireEvent.click(screen.getByTestId('subsidy-refuseAfterNotice-submit'));

    await waitFor(() => expect(screen.getByTestId('subsidy-status').textContent).toBe('不予批准'));
    expect(sent).toEqual([
      expect.objectContaining({ applicationId: 'sub-1', refusedOn: '2023-04-12', reason: '异议属实', expectedRevision: 5 }),
    ]);
    const notice = screen.getAllByTestId('subsidy-step').find((step) => step.getAttribute('data-step') === 'notice');
    expect(notice?.getAttribute('data-status')).toBe('error');
    expect(screen.getByTestId('subsidy-step-notice').textContent).toContain('2023-04-12 公示后不予发放');
    expect(screen.getByTestId('subsidy-step-notice').textContent).toContain('意见：异议属实');
    expect(screen.queryByTestId('subsidy-actions')).toBeNull();
  });

  it('says the application was not found when the API answers null', async () => {
    renderPage([pageMock(null)]);
    const result = await screen.findByTestId('error-result');
    expect(result.getAttribute('data-error-code')).toBe('NOT_FOUND');
  });
});
