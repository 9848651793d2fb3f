/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API base URL; defaults to `/api` on the same origin. */
  readonly VITE_API_URL?: string;
  /** 'cookie' for an HttpOnly session cookie, 'bearer' (the default, the mock's) for a token header. */
  readonly VITE_AUTH_MODE?: 'bearer' | 'cookie';
  /** 'on' mocks a build, 'off' turns mocks off in development. */
  readonly VITE_MSW?: 'on' | 'off';
  /** Mock network latency in ms when no saved mock state exists (development only). */
  readonly VITE_MOCK_LATENCY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
