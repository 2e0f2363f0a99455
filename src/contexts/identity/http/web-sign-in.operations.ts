import { z } from 'zod';
import type { ApiOperation } from '../../../shared-kernel/api-description';

const tag = 'Sign-in';

/**
 * Browser sign-in routes (served by adapters/web-sign-in, outside `/api`), described so the OpenAPI
 * document lists every route. They answer 404 while browser sign-in is not configured.
 */
export const webSignInOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/auth/login',
    tag,
    summary: 'Start browser sign-in at the identity provider',
    query: z.object({ return_to: z.string().optional() }),
    public: true,
    responses: { 302: { description: 'Redirect to the provider, with state and nonce' } },
  },
  {
    method: 'get',
    path: '/auth/callback',
    tag,
    summary: 'Finish browser sign-in (the provider redirects here)',
    query: z.object({ code: z.string().optional(), state: z.string().optional() }),
    public: true,
    responses: { 303: { description: 'Signed in: a session cookie, redirect back' } },
  },
  {
    method: 'get',
    path: '/auth/session',
    tag,
    summary: 'The signed-in session and its CSRF token (send it as X-CSRF-Token on writes)',
    public: true,
    responses: { 200: { description: 'The session' } },
  },
  {
    method: 'post',
    path: '/auth/logout',
    tag,
    summary: 'End the session and sign out at the provider',
    public: true,
    responses: { 303: { description: "Redirect to the provider's end-session endpoint" } },
  },
];
