import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { type SeriesMutationConfig, useSeriesMutation } from './series-cache';

export type SessionAction = 'cancel' | 'restore' | 'noShow';
export type SessionActionInput = { action: SessionAction; sessionId: string; version: number };

/** Cancel, restore (undo a cancel) or mark a no-show: each needs only the session's version. */
export const runSessionAction = ({ action, sessionId, version }: SessionActionInput) =>
  apiRequest(seriesEndpoints[action], { params: { id: sessionId }, body: { version } });

export const useSessionAction = (seriesId: string, config?: SeriesMutationConfig<SessionActionInput>) =>
  useSeriesMutation(seriesId, runSessionAction, config);
