import type { ReportClaim } from '../claim/claim.commands';
import type {
  ClaimDocumentsSubmitted,
  ClaimReported,
  ClaimSentToInsurer,
  ClaimSettled,
} from '../claim/claim.events';

/**
 * Test data for claim specs: one hospitalisation of an enrolled mother in 2023. The description
 * is invented and kept short, as the real one should be.
 */
export const claimId = 'cl-0001';

export const reportClaim: ReportClaim = {
  type: 'ReportClaim',
  data: {
    claimId,
    policyYear: 2023,
    caseId: 'c-0001',
    personId: 'p-mother',
    eventType: 'HOSPITALISATION',
    eventOn: '2023-05-08',
    reportedOn: '2023-05-10',
    description: '因慢性病住院治疗',
    enrolledOnEventDate: true,
  },
};

const { enrolledOnEventDate: _checked, ...reportedData } = reportClaim.data;
export const claimReported: ClaimReported = { type: 'ClaimReported', data: reportedData };

export const documentsSubmitted: ClaimDocumentsSubmitted = {
  type: 'ClaimDocumentsSubmitted',
  data: {
    claimId,
    documents: ['CLAIM_FORM', 'MEDICAL_INVOICE', 'DISCHARGE_SUMMARY'],
    submittedOn: '2023-05-20',
  },
};

export const sentToInsurer: ClaimSentToInsurer = {
  type: 'ClaimSentToInsurer',
  data: { claimId, sentOn: '2023-05-25', insurerRef: 'LP2023-0517' },
};

export const claimSettled: ClaimSettled = {
  type: 'ClaimSettled',
  data: { claimId, amountFen: 76620, settledOn: '2023-06-15' },
};

/** Histories that leave the claim in each status before the insurer decides. */
export const reported = [claimReported];
export const submitted = [claimReported, documentsSubmitted];
export const sent = [claimReported, documentsSubmitted, sentToInsurer];
