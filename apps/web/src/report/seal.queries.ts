import { graphql } from '../gql';

/** The year's seals, oldest first; the card filters nothing (county and township seals side by side). */
export const SealedReportsQuery = graphql(`
  query SealedReports($year: Int!, $minPosition: SafeInt) {
    sealedReports(year: $year, minPosition: $minPosition) {
      sealId
      year
      township
      position
      headHash
      figuresHash
      sealedOn
      sealedAt
      sealedBy
      note
    }
  }
`);

export const SealAnnualReportMutation = graphql(`
  mutation SealAnnualReport($input: SealAnnualReportInput!) {
    sealAnnualReport(input: $input) {
      id
      createdId
      position
    }
  }
`);

/** Regenerates a seal at its position; without expectedHash the server compares with the seal's own hash. */
export const VerifySealedReportQuery = graphql(`
  query VerifySealedReport($year: Int!, $sealId: ID!) {
    verifySealedReport(year: $year, sealId: $sealId) {
      sealId
      matches
      figuresHash
      regeneratedHash
      position
    }
  }
`);
