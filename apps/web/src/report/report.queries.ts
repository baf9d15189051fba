import { graphql } from '../gql';

/** The report screen and the print page read the same document: figures with their drill-down, targets. */
export const AnnualReportQuery = graphql(`
  query AnnualReportPage($year: Int!, $township: String, $minPosition: SafeInt) {
    annualReport(year: $year, township: $township, minPosition: $minPosition) {
      year
      township
      position
      figures {
        key
        unit
        value
        sources {
          kind
          recordId
          streamId
          caseIds
          amountFen
          positions
        }
      }
      series {
        subsidyIssuedByMonth {
          month
          amountFen
          cumulativeFen
        }
        visitsByTownshipMonth {
          township
          month
          count
        }
        claimsByState {
          state
          count
          amountFen
        }
        fundSpendingByCategory {
          category
          amountFen
        }
      }
      targets {
        indicatorId
        name
        direction
        unit
        value
        actual
        completionBp
        weight
        score
        sourceQuery
        deviationReason
      }
    }
  }
`);

/** The years the log gives a report something to count: the page opens on the latest of them. */
export const ReportYearsQuery = graphql(`
  query ReportYears {
    annualReportYears
  }
`);
