import { graphql } from '../gql';

export const PurchasePolicyMutation = graphql(`
  mutation PurchasePolicy($input: PurchasePolicyInput!) {
    purchasePolicy(input: $input) {
      id
      revision
      position
    }
  }
`);

export const EnrolMemberMutation = graphql(`
  mutation EnrolMember($input: EnrolMemberInput!) {
    enrolMember(input: $input) {
      id
      revision
      position
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      id
      revision
      position
    }
  }
`);

export const ReportClaimMutation = graphql(`
  mutation ReportClaim($input: ReportClaimInput!) {
    reportClaim(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export const SubmitClaimDocumentsMutation = graphql(`
  mutation SubmitClaimDocuments($input: SubmitClaimDocumentsInput!) {
    submitClaimDocuments(input: $input) {
      id
      revision
      position
    }
  }
`);

export const SendClaimToInsurerMutation = graphql(`
  mutation SendClaimToInsurer($input: SendClaimToInsurerInput!) {
    sendClaimToInsurer(input: $input) {
      id
      revision
      position
    }
  }
`);

export const SettleClaimMutation = graphql(`
  mutation SettleClaim($input: SettleClaimInput!) {
    settleClaim(input: $input) {
      id
      revision
      position
    }
  }
`);

export const RejectClaimMutation = graphql(`
  mutation RejectClaim($input: RejectClaimInput!) {
    rejectClaim(input: $input) {
      id
      revision
      position
    }
  }
`);

export const WithdrawClaimMutation = graphql(`
  mutation WithdrawClaim($input: WithdrawClaimInput!) {
    withdrawClaim(input: $input) {
      id
      revision
      position
    }
  }
`);
