import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '@/testing/mocks/server';

// The first render of an antd component builds its styles, which takes seconds on a busy 2-core machine
// (and more while a backend build shares it).
configure({ asyncUtilTimeout: 15_000 });

// antd's responsive components ask for media queries, which jsdom does not implement.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// antd measures scroll bars through ::-webkit-scrollbar, a pseudo-element jsdom cannot style; it only logs.
const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());
