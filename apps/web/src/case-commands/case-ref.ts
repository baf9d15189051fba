/** What every command on a case needs from the case page's query: the id and the revision read. */
export type CaseRef = { readonly id: string; readonly revision: number };

/** The name of the case page's query; commands refetch it by name so they need not import the page. */
export const CASE_PAGE_QUERY = 'CasePage';

