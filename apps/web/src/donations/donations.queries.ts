import { graphql } from '../gql';

/** Names of the donations screen's queries: commands refetch them by name after writing. */
export const DONATIONS_QUERIES = ['DonationsPage'] as const;

export const DonationsPageQuery = graphql(`
  query DonationsPage($year: Int!, $previousYear: Int!, $channel: DonationChannel, $first: Int, $after: String, $minPosition: SafeInt) {
    thisYear: donationYear(year: $year, minPosition: $minPosition) {
      ...DonationYearFigures_year
    }
    previousYear: donationYear(year: $previousYear) {
      year
      totalFen
    }
    donations(filter: { year: $year, channel: $channel }, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          year
          donationId
          receivedOn
          channel
          source
          amountFen
          matchingFen
          totalFen
          status
          reversalReason
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);
