import { configure } from '@testing-library/react';

// antd renders slowly under jsdom, and CI machines are shared: give findBy/waitFor room.
configure({ asyncUtilTimeout: 8000 });

// jsdom lacks a few browser APIs antd relies on; these stand-ins answer "no match" / "no resize".
// Pure specs may opt into the node environment (`@jest-environment node`), hence the guard.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe = (): void => undefined;
      unobserve = (): void => undefined;
      disconnect = (): void => undefined;
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  }

  // jsdom's getComputedStyle does not implement pseudo-elements, which antd's scrollbar measurement asks for.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => getComputedStyle(element);

  if (!('MessageChannel' in globalThis)) {
    // antd's form batches watchers in a macrotask via MessageChannel; a timer is the same kind of task.
    class MessageChannelStub {
      readonly port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
      readonly port2 = { postMessage: (data: unknown) => void setTimeout(() => this.port1.onmessage?.({ data }), 0) };
    }
    Object.defineProperty(globalThis, 'MessageChannel', { writable: true, value: MessageChannelStub });
  }

  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  });
}
