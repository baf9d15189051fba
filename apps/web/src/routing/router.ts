import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

// pushState fires no event of its own, so navigate() announces the change on this one.
const NAVIGATED = 'careledger:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, currentPath, () => '/');
  return parseRoute(pathname);
}
