/**
 * The app's screens. History-based paths (`/`, `/cases/:id`, `/audit`, `/system`) so links can be
 * shared; a server hosting the built app must answer them with index.html (Vite's dev server does).
 */
export type Route =
  | { readonly name: 'caseList' }
  | { readonly name: 'case'; readonly caseId: string }
  | { readonly name: 'auditTrail' }
  | { readonly name: 'system' }
  | { readonly name: 'visits' }
  | { readonly name: 'subsidies' }
  | { readonly name: 'subsidy'; readonly applicationId: string }
  | { readonly name: 'insurance' }
  | { readonly name: 'policy'; readonly policyId: string }
  | { readonly name: 'claim'; readonly claimId: string }
  | { readonly name: 'funds' }
  | { readonly name: 'fund'; readonly fundId: string }
  | { readonly name: 'donations' }
  | { readonly name: 'report' }
  | { readonly name: 'reportPrint' }
  | { readonly name: 'notFound' };

const CASE_PATH = /^\/cases\/([^/]+)\/?$/;

export const CASE_LIST_PATH = '/';
export const AUDIT_TRAIL_PATH = '/audit';
export const SYSTEM_PATH = '/system';
export const VISITS_PATH = '/visits';
export const SUBSIDIES_PATH = '/subsidies';
export const INSURANCE_PATH = '/insurance';
export const FUNDS_PATH = '/funds';
export const DONATIONS_PATH = '/donations';
export const REPORT_PATH = '/report';
export const REPORT_PRINT_PATH = '/report/print';

/** Pages of one record: `/subsidies/:id` and the like, each id URI-encoded. */
const RECORD_PATHS: ReadonlyArray<readonly [RegExp, (id: string) => Route]> = [
  [/^\/subsidies\/([^/]+)$/, (id) => ({ name: 'subsidy', applicationId: id })],
  [/^\/insurance\/policies\/([^/]+)$/, (id) => ({ name: 'policy', policyId: id })],
  [/^\/insurance\/claims\/([^/]+)$/, (id) => ({ name: 'claim', claimId: id })],
  [/^\/funds\/([^/]+)$/, (id) => ({ name: 'fund', fundId: id })],
];

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'caseList' };
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === AUDIT_TRAIL_PATH) return { name: 'auditTrail' };
  if (path === SYSTEM_PATH) return { name: 'system' };
  if (path === VISITS_PATH) return { name: 'visits' };
  if (path === SUBSIDIES_PATH) return { name: 'subsidies' };
  if (path === INSURANCE_PATH) return { name: 'insurance' };
  if (path === FUNDS_PATH) return { name: 'funds' };
  if (path === DONATIONS_PATH) return { name: 'donations' };
  if (path === REPORT_PATH) return { name: 'report' };
  if (path === REPORT_PRINT_PATH) return { name: 'reportPrint' };
  for (const [pattern, route] of RECORD_PATHS) {
    const found = pattern.exec(path);
    if (found?.[1]) return route(decodeURIComponent(found[1]));
  }
  const match = CASE_PATH.exec(pathname);
  if (match?.[1]) return { name: 'case', caseId: decodeURIComponent(match[1]) };
  return { name: 'notFound' };
}

export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

export const subsidyPath = (applicationId: string): string => `${SUBSIDIES_PATH}/${encodeURIComponent(applicationId)}`;
export const policyPath = (policyId: string): string => `${INSURANCE_PATH}/policies/${encodeURIComponent(policyId)}`;
export const claimPath = (claimId: string): string => `${INSURANCE_PATH}/claims/${encodeURIComponent(claimId)}`;
export const fundPath = (fundId: string): string => `${FUNDS_PATH}/${encodeURIComponent(fundId)}`;
