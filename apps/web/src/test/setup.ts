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

  // jsdom has no layout, so a scrollbar always measures 0 × 0 (offsetWidth - clientWidth). antd's
  // tables (and modals' scroll lock) measure it on every mount through getComputedStyle, which jsdom
  // answers by matching every injected antd style rule against the element: ~3 s of a 5 s case-page
  // render. Same answer, without the cost.
  jest.mock('@rc-component/util/lib/getScrollBarSize', () => ({
    __esModule: true,
    default: () => 0,
    getTargetScrollBarSize: () => ({ width: 0, height: 0 }),
  }));

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
