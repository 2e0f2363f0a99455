/** The browser sessions the web sign-in keeps; a deleted account's sessions end with it. */
export interface BrowserSessions {
  endAllOf(userId: string): Promise<void>;
}

export const BROWSER_SESSIONS: unique symbol = Symbol('BrowserSessions');
