// E2E_PORT lets several checkouts run their browser tests side by side.
export const devPort = Number(process.env.E2E_PORT ?? 5174);
/**
 * The production build under `vite preview`, with the deployment's headers (tests/e2e/csp.spec.ts).
 * Far from the dev port: checkouts side by side take neighbouring E2E_PORTs (and +100 for a look around).
 */
export const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? devPort + 1000);
