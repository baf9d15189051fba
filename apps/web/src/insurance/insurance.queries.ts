import { graphql } from '../gql';

// The insurance screens' reads. Each takes minPosition, so a command can refetch it with the
// position it wrote (read-your-writes).

export const InsurancePoliciesQuery = graphql(`
  query InsurancePolicies($filter: InsurancePolicyFilter, $first: Int, $after: String, $minPosition: SafeInt) {
    insurancePolicies(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          id
          year
          insurer
          product
          premiumPerPersonFen
          coverageFrom
          coverageTo
          enrolledCount
          insuredPersons
          premiumTotalFen
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const InsurancePolicyQuery = graphql(`
  query InsurancePolicy($id: ID!, $township: String, $activeOnly: Boolean, $minPosition: SafeInt) {
    insurancePolicy(id: $id, minPosition: $minPosition) {
      id
      year
      insurer
      product
      premiumPerPersonFen
      coverageFrom
      coverageTo
      purchasedOn
      targetEnrolment
      enrolledCount
      insuredPersons
      premiumTotalFen
      revision
      enrolments(township: $township, activeOnly: $activeOnly) {
        ...EnrolmentTable_enrolment
      }
    }
  }
`);

export const InsuranceClaimsQuery = graphql(`
  query InsuranceClaims($filter: InsuranceClaimFilter, $first: Int, $after: String, $minPosition: SafeInt) {
    insuranceClaims(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ClaimTable_claim
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const InsuranceClaimQuery = graphql(`
  query InsuranceClaim($id: ID!, $minPosition: SafeInt) {
    insuranceClaim(id: $id, minPosition: $minPosition) {
      id
      policyId
      caseId
      personName
      idNumberMasked
      townshipName
      eventType
      eventOn
      reportedOn
      status
      documents
      lastSubmittedOn
      sentOn
      insurerRef
      settledAmountFen
      settledOn
      rejectionReason
      rejectedOn
      withdrawalReason
      revision
      description
      history {
        position
        type
        businessDate
        recordedAt
        actorName
        reason
      }
    }
  }
`);

export const CaseInsuranceQuery = graphql(`
  query CaseInsurance($id: ID!, $minPosition: SafeInt) {
    case(id: $id, minPosition: $minPosition) {
      id
      insuranceEnrolments {
        ...EnrolmentTable_enrolment
      }
      insuranceClaims {
        id
        ...ClaimTable_claim
      }
    }
  }
`);

/** Names of the queries above: what a command refetches (only those on screen are). */
export const INSURANCE_QUERIES = ['InsurancePolicies', 'InsurancePolicy', 'InsuranceClaims', 'InsuranceClaim', 'CaseInsurance', 'CasePage'];
