import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders the whole app (layout, routes, providers) at the given route, against the MSW handlers. */
export function renderApp(route: string) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  return render(
    <AppProvider queryClient={testQueryClient()}>
      {/* Without motion, closed dialogs leave the document at once (their content is kept while they animate). */}
      <ConfigProvider theme={{ token: { motion: false } }}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </AppProvider>,
  );
}

export function renderWithProviders(ui: ReactNode) {
  return render(
    <AppProvider queryClient={testQueryClient()}>
      <ConfigProvider theme={{ token: { motion: false } }}>
        <MemoryRouter>{ui}</MemoryRouter>
      </ConfigProvider>
    </AppProvider>,
  );
}
