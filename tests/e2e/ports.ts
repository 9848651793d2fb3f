// E2E_PORT lets several checkouts run their browser tests side by side.
export const devPort = Number(process.env.E2E_PORT ?? 5174);
/** The production build under `vite preview`, with the deployment's headers (tests/e2e/csp.spec.ts). */
export const previewPort = devPort + 1;
