/**
 * The app's screens. History-based paths (`/`, `/cases/:id`, `/audit`, `/system`) so links can be
 * shared; a server hosting the built app must answer them with index.html (Vite's dev server does).
 */
export type Route =
  | { readonly name: 'caseList' }
  | { readonly name: 'case'; readonly caseId: string }
  | { readonly name: 'auditTrail' }
  | { readonly name: 'system' }
  | { readonly name: 'notFound' };

const CASE_PATH = /^\/cases\/([^/]+)\/?$/;

export const CASE_LIST_PATH = '/';
export const AUDIT_TRAIL_PATH = '/audit';
export const SYSTEM_PATH = '/system';

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'caseList' };
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === AUDIT_TRAIL_PATH) return { name: 'auditTrail' };
  if (path === SYSTEM_PATH) return { name: 'system' };
  const match = CASE_PATH.exec(pathname);
  if (match?.[1]) return { name: 'case', caseId: decodeURIComponent(match[1]) };
  return { name: 'notFound' };
}

export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}
