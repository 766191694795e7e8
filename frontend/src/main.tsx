import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app';
import { AppProvider } from '@/app/provider';
import { StartupFailed } from '@/app/startup-failed';
import { startSession } from '@/features/auth/start-session';
import { storedLocale } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

const root = createRoot(document.getElementById('root') as HTMLElement);

startSession(storedLocale()).then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <AppProvider queryClient={createQueryClient()}>
        <StartupFailed error={error} />
      </AppProvider>,
    ),
);
