/**
 * The app's two screens. History-based paths (`/`, `/cases/:id`) so links can be shared; a server
 * hosting the built app must answer `/cases/*` with index.html (Vite's dev server already does).
 */
export type Route = { readonly name: 'caseList' } | { readonly name: 'case'; readonly caseId: string } | { readonly name: 'notFound' };

const CASE_PATH = /^\/cases\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'caseList' };
  const match = CASE_PATH.exec(pathname);
  if (match?.[1]) return { name: 'case', caseId: decodeURIComponent(match[1]) };
  return { name: 'notFound' };
}

export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

export const CASE_LIST_PATH = '/';
