import './app/public-form/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicFormApp } from './app/public-form/public-form-app';

/**
 * Mocks are on in `npm run dev` (unless VITE_MSW=off) and in a demo build (VITE_MSW=on). Written
 * in each entry (src/main.tsx, src/public-form.tsx): imported from a module, the build would no
 * longer see it is false, and would keep the mock backend's code.
 */
const mocksEnabled = import.meta.env.DEV ? import.meta.env.VITE_MSW !== 'off' : import.meta.env.VITE_MSW === 'on';

// The entry of request-appointment.html. No top-level await: see src/main.tsx.
async function start() {
  // A build without mocks holds none of their code: this is dead code there.
  if (mocksEnabled) await import('../mocks/runtime/browser').then((mocks) => mocks.startMockWorker());
  const root = document.getElementById('root');
  if (!root) throw new Error('request-appointment.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <PublicFormApp />
    </StrictMode>,
  );
}

void start();
