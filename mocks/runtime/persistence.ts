import type { DbSnapshot } from '../server/db';
import type { ClockState } from './clock';

/** What survives a page reload in the browser (never used in Node tests). */
export interface PersistedState {
  db: DbSnapshot;
  clock: ClockState;
  network: { latencyMs: number; failureRate: number };
}

/** Bump when the stored shape changes: older data is then dropped and the clinic reseeded. */
const formatVersion = 3;
const databaseName = 'vein-desk-mock-api';
const storeName = 'state';
const metaKey = 'meta';

/*
 * One IndexedDB record per stored entity (`m|contactRequests|req_00042`, `a|audit|000017`)
 * plus one for everything else: a write commits only what changed, so its cost does not grow
 * with the data (10,000 requests make ~10 MB of JSON: rewriting all of it took ~280 ms a
 * write, one changed request takes a few). Entities are stored as JSON strings, which
 * IndexedDB copies in one piece and JSON.parse reads faster than a structured clone.
 */
type Records = Map<string, unknown>;

/** A map's entry in the snapshot (`[id, entity]`); the audit log is a plain list. */
const isEntry = (item: unknown): item is [string, unknown] => Array.isArray(item) && typeof item[0] === 'string';

/** The stored shape is this code's own, guarded by the format version. */
const isDbSnapshot = (value: Record<string, unknown>): value is DbSnapshot =>
  'settings' in value && 'scenario' in value && Array.isArray(value.audit);

function recordsOf(db: DbSnapshot): { records: Records; scalars: Record<string, unknown> } {
  const records: Records = new Map();
  const scalars: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(db)) {
    if (!Array.isArray(value)) scalars[field] = value;
    else
      value.forEach((item: unknown, index) => {
        if (isEntry(item)) records.set(`m|${field}|${item[0]}`, item[1]);
        else records.set(`a|${field}|${index}`, item);
      });
  }
  return { records, scalars };
}

let opened: Promise<IDBDatabase> | null = null;

/** One connection for the backend's lifetime. */
function openDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, formatVersion);
    opening.onupgradeneeded = () => {
      if (opening.result.objectStoreNames.contains(storeName)) opening.result.deleteObjectStore(storeName);
      opening.result.createObjectStore(storeName);
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

const done = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error);
  });

/** What was last committed, by record: an entity whose object is the same has not changed. */
let committed: Records = new Map();

export async function loadPersistedState(): Promise<PersistedState | null> {
  const database = await openDatabase();
  const store = database.transaction(storeName, 'readonly').objectStore(storeName);
  const keysRequest = store.getAllKeys();
  const valuesRequest = store.getAll();
  await done(store.transaction);
  const values = valuesRequest.result;
  const meta = keysRequest.result.indexOf(metaKey);
  if (meta < 0 || typeof values[meta] !== 'string') return null;
  const { scalars, clock, network } = JSON.parse(values[meta]);
  const db: Record<string, unknown> = { ...scalars, audit: [] };
  const loaded: Records = new Map();
  keysRequest.result.forEach((key, index) => {
    const value = values[index];
    if (typeof key !== 'string' || key === metaKey || typeof value !== 'string') return;
    // `kind|field|id`: ids (tokens, idempotency keys) may hold any character.
    const [kind, field = '', ...rest] = key.split('|');
    const id = rest.join('|');
    const entity: unknown = JSON.parse(value);
    loaded.set(key, entity);
    const list = db[field] ?? [];
    db[field] = list;
    if (!Array.isArray(list)) return;
    if (kind === 'a') list[Number(id)] = entity;
    else list.push([id, entity]);
  });
  if (!isDbSnapshot(db)) return null;
  committed = loaded;
  return { db, clock, network };
}

async function write({ db, clock, network }: PersistedState): Promise<void> {
  const database = await openDatabase();
  const { records, scalars } = recordsOf(db);
  const transaction = database.transaction(storeName, 'readwrite');
  const store = transaction.objectStore(storeName);
  store.put(JSON.stringify({ scalars, clock, network }), metaKey);
  for (const [key, entity] of records) if (committed.get(key) !== entity) store.put(JSON.stringify(entity), key);
  for (const key of committed.keys()) if (!records.has(key)) store.delete(key);
  await done(transaction);
  committed = records;
}

export interface Persistence {
  /** Resolves once every change made so far is committed to IndexedDB. */
  whenDurable: () => Promise<void>;
  stop: () => void;
}

/**
 * Commits `read()` after each change, as a server commits before it answers: the backend
 * answers a request only once `whenDurable()` resolves, so an accepted write survives a reload.
 * Changes that arrive while a commit is under way share the next one (group commit).
 */
export function persistOnChange(
  subscribe: (listener: () => void) => () => void,
  read: () => PersistedState,
): Persistence {
  let running: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  let durable: Promise<void> = Promise.resolve();

  const commit = (): Promise<void> => {
    if (queued) return queued;
    const next = running.then(() => {
      queued = null;
      return write(read());
    });
    queued = next;
    running = next.catch(() => {});
    return next;
  };

  const unsubscribe = subscribe(() => {
    durable = commit().catch((error: unknown) => {
      // Without IndexedDB (a private window, a full disk) the data lives in memory until the page goes.
      console.warn('[mocks] Could not save the mock data in IndexedDB', error);
    });
  });
  return { whenDurable: () => durable, stop: unsubscribe };
}
