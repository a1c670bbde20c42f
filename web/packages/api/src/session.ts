// The signed-in session: the token pair, kept in localStorage so that a reload or a new tab stays signed in.
// Refresh tokens rotate (each one works once): a refresh by one tab is seen by the others through the
// storage, and refreshes are serialised across tabs with the Web Locks API where the browser has it, so two
// tabs never spend the same refresh token (which the server would take for a theft, ending the session).

import type { components } from "./schema.gen";

export type TokenPair = components["schemas"]["TokenPair"];

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in ms since the epoch (client clock). */
  expiresAt: number;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SESSION_KEY = "vuga.session";

export class SessionStore {
  private listeners = new Set<(session: StoredSession | null) => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = Date.now,
  ) {}

  get(): StoredSession | null {
    const raw = this.storage.getItem(SESSION_KEY);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<StoredSession>;
      if (typeof value.accessToken === "string" && typeof value.refreshToken === "string") {
        return {
          accessToken: value.accessToken,
          refreshToken: value.refreshToken,
          expiresAt: Number(value.expiresAt) || 0,
        };
      }
    } catch {
      // a damaged entry is no session
    }
    return null;
  }

  save(pair: TokenPair): StoredSession {
    const session = {
      accessToken: pair.access_token,
      refreshToken: pair.refresh_token,
      expiresAt: this.now() + pair.expires_in * 1000,
    };
    this.storage.setItem(SESSION_KEY, JSON.stringify(session));
    this.emit(session);
    return session;
  }

  clear(): void {
    this.storage.removeItem(SESSION_KEY);
    this.emit(null);
  }

  /** Whether the access token expires within `marginMs` (then it is refreshed before it is used). */
  expiring(session: StoredSession, marginMs = 30_000): boolean {
    return session.expiresAt - this.now() < marginMs;
  }

  subscribe(listener: (session: StoredSession | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another tab changed the session (the `storage` event): tell this tab's listeners. */
  changedElsewhere(): void {
    this.emit(this.get());
  }

  private emit(session: StoredSession | null): void {
    for (const listener of this.listeners) listener(session);
  }
}
