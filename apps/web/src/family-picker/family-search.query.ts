import { graphql } from '../gql';
import type { FamilySearchQuery as FamilySearchData } from '../gql/graphql';

/**
 * Families found by a member's name, village or address, for every form that picks one: the
 * members come along so a form can offer the chosen family's people without another round trip.
 */
export const FamilySearchQuery = graphql(`
  query FamilySearch($search: String, $first: Int) {
    cases(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          headName
          townshipName
          village
          members {
            personId
            name
            idNumberMasked
            deceased
          }
        }
      }
    }
  }
`);

/** How many families one search offers: enough for a village, few enough to read. */
export const FAMILY_SEARCH_SIZE = 20;

export type FamilyNode = FamilySearchData['cases']['edges'][number]['node'];

/** The variables for what was typed; a blank search lists the first families. */
export function familySearchVariables(typed: string): { search: string | null; first: number } {
  return { search: typed.trim() || null, first: FAMILY_SEARCH_SIZE };
}
