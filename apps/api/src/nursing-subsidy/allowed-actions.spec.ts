import { SUBSIDY_STATUSES } from '@careledger/domain-nursing-subsidy';
import { allowedActions } from './allowed-actions';

describe('allowedActions', () => {
  it('offers withdrawal only before the first review, and nothing in a final state', () => {
    const withWithdraw = SUBSIDY_STATUSES.filter((s) => allowedActions(s, true, 100).includes('withdrawSubsidyApplication'));
    expect(withWithdraw).toEqual(['applied']);
    expect(SUBSIDY_STATUSES.filter((s) => allowedActions(s, true, 100).length === 0)).toEqual(['rejected', 'settled', 'withdrawn']);
  });

  it('follows the notice rule after county approval, and offers no payment of nothing', () => {
    expect(allowedActions('countyApproved', true, 100)).toEqual(['postSubsidyNotice']);
    expect(allowedActions('countyApproved', false, 100)).toEqual(['submitSubsidyToSunshine', 'issueSubsidyPayment']);
    expect(allowedActions('noticeClosed', true, 0)).toEqual(['submitSubsidyToSunshine', 'refuseSubsidyAfterNotice']);
    expect(allowedActions('submitted', true, 0)).toEqual([]);
  });

  it('offers the refusal after the notice (公示后不予发放) only while it hangs or once it closed', () => {
    const withRefusal = SUBSIDY_STATUSES.filter((s) => allowedActions(s, true, 100).includes('refuseSubsidyAfterNotice'));
    expect(withRefusal).toEqual(['noticePosted', 'noticeClosed']);
    expect(allowedActions('noticePosted', true, 100)).toEqual(['closeSubsidyNotice', 'refuseSubsidyAfterNotice']);
    expect(allowedActions('noticeClosed', true, 100)).toEqual(['submitSubsidyToSunshine', 'issueSubsidyPayment', 'refuseSubsidyAfterNotice']);
  });
});
