import { hashKey, type MutationKey } from '@tanstack/react-query';
import { useEffect } from 'react';

/** What a refused change tells the person: the title, what happened and what to do. */
export type Refusal = { color: 'orange' | 'red'; title: string; message: string };

/** Open workspaces (a drawer) that show the refusals of their changes inline, by mutation key. */
const shownInline = new Map<string, number>();

/** While mounted, refusals of changes under `key` are shown where the person works, not as a toast. */
export function useRefusalsShownInline(key: MutationKey): void {
  const hash = hashKey(key);
  useEffect(() => {
    shownInline.set(hash, (shownInline.get(hash) ?? 0) + 1);
    return () => {
      const left = (shownInline.get(hash) ?? 1) - 1;
      if (left > 0) shownInline.set(hash, left);
      else shownInline.delete(hash);
    };
  }, [hash]);
}

/** False once the workspace has closed: the refusal then needs a toast, or nobody would know. */
export const refusalsShownInline = (key: MutationKey): boolean => shownInline.has(hashKey(key));
