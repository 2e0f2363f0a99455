import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import session from 'express-session';
import { Passport } from 'passport';
import { Strategy as OpenIdConnectStrategy, type VerifyCallback } from 'passport-openidconnect';
import type { ProvisionUser } from '../../application/provision-user.use-case';
import { passesCsrfCheck } from '../../domain/csrf';
import { IdentityErrors } from '../../domain/identity.errors';
import { readSessionSignIn, type SessionSignIn } from '../../domain/session-sign-in';
import type { IdentityLog } from '../../identity-config';
import type { AccessTokenVerifier } from '../../ports/access-token-verifier.port';
import type { OpenIdDiscovery } from '../oidc/openid-discovery';
import { safeReturnAddress } from './return-address';
import type { SessionStorage } from './session-store';

declare module 'express-session' {
  interface SessionData {
    returnTo?: string;
  }
}

export interface WebSignInSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUrl: string;
  readonly sessionSecret: string;
  /** Secure cookies everywhere but local development over plain http. */
  readonly secureCookie: boolean;
  readonly allowedOrigins: readonly string[];
  /** Where the browser lands after sign-in and sign-out unless it asked for an allowed page. */
  readonly landingPage: string;
}

export interface WebSignInDependencies {
  readonly discovery: OpenIdDiscovery;
  readonly verifier: AccessTokenVerifier;
  readonly provisionUser: ProvisionUser;
  readonly storage: SessionStorage;
  readonly log: IdentityLog;
}

export interface WebSignIn {
  /** Session and passport, for /auth and /api (mounted before the API's authentication). */
  readonly middleware: RequestHandler[];
  /** GET /auth/login, GET /auth/callback, GET /auth/session, POST /auth/logout. */
  readonly routes: Router;
}

const STRATEGY = 'keycloak';
const SESSION_HOURS = 8;

/**
 * Browser sign-in against the identity provider (authorization code flow, state and nonce) with
 * passport-openidconnect; the session then authenticates API calls like a Bearer token would. The
 * provider's access token is verified exactly as Bearer tokens are, so both yield the same Principal.
 */
export function buildWebSignIn(settings: WebSignInSettings, dependencies: WebSignInDependencies): WebSignIn {
  const passport = new Passport();
  passport.serializeUser((user, done) => done(null, user));
  passport.deserializeUser((stored: unknown, done) => done(null, readSessionSignIn(stored) ?? false));

  // passport-openidconnect 0.1.2 does not discover: the strategy is built from the discovery document on first use.
  let strategyReady: Promise<void> | null = null;
  const ensureStrategy: RequestHandler = (_req, _res, next) => {
    strategyReady ??= dependencies.discovery.metadata().then((metadata) => {
      const verify = (
        _issuer: string,
        _profile: unknown,
        _context: unknown,
        idToken: string | object,
        accessToken: string | object,
        _refreshToken: string,
        _params: unknown,
        done: VerifyCallback,
      ): void => {
        dependencies.verifier
          .verify(String(accessToken))
          .then(async (principal) => {
            await dependencies.provisionUser.execute(principal);
            const signIn: SessionSignIn = { principal, csrfToken: randomBytes(32).toString('base64url'), idToken: typeof idToken === 'string' ? idToken : null };
            done(null, signIn);
          })
          .catch((error: unknown) => {
            dependencies.log.warn(`browser sign-in refused: the provider's access token did not verify (${(error as { code?: string }).code ?? 'error'})`);
            done(null, false);
          });
      };
      passport.use(
        STRATEGY,
        new OpenIdConnectStrategy(
          {
            issuer: metadata.issuer,
            authorizationURL: metadata.authorizationEndpoint,
            tokenURL: metadata.tokenEndpoint,
            userInfoURL: metadata.userinfoEndpoint ?? '',
            clientID: settings.clientId,
            clientSecret: settings.clientSecret,
            callbackURL: settings.redirectUrl,
            scope: ['profile', 'email'],
            nonce: 'true',
            skipUserProfile: true,
          } as ConstructorParameters<typeof OpenIdConnectStrategy>[0],
          verify as unknown as ConstructorParameters<typeof OpenIdConnectStrategy>[1],
        ),
      );
    });
    strategyReady.then(
      () => next(),
      () => {
        strategyReady = null;
        next(IdentityErrors.providerUnavailable());
      },
    );
  };

  const middleware: RequestHandler[] = [
    session({
      name: 'goat.sid',
      secret: settings.sessionSecret,
      store: dependencies.storage.store,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: settings.secureCookie, maxAge: SESSION_HOURS * 3600 * 1000, path: '/' },
    }),
    passport.initialize(),
    passport.session(),
  ];

  const routes = express.Router();
  routes.use('/auth', express.urlencoded({ extended: false, limit: '4kb' }));

  routes.get('/auth/login', ensureStrategy, (req, res, next) => {
    req.session.returnTo = safeReturnAddress(req.query.return_to, settings.allowedOrigins, settings.landingPage);
    passport.authenticate(STRATEGY)(req, res, next);
  });

  routes.get('/auth/callback', ensureStrategy, (req: Request, res: Response, next: NextFunction) => {
    // The strategy reports every failure as 403; for the API a failed sign-in is a 401.
    passport.authenticate(STRATEGY, (error: unknown, user: SessionSignIn | false) => {
      if (error || !user) {
        if (error) dependencies.log.warn(`browser sign-in failed at the callback: ${(error as Error).message ?? 'error'}`);
        return next(IdentityErrors.signInFailed());
      }
      const returnTo = req.session.returnTo ?? settings.landingPage;
      // logIn regenerates the session (no fixation) and keeps nothing of the anonymous one.
      req.logIn(user, (loginError) => {
        if (loginError) return next(loginError);
        res.redirect(303, returnTo);
      });
    })(req, res, next);
  });

  routes.get('/auth/session', (req, res, next) => {
    const signIn = readSessionSignIn(req.user);
    if (!signIn) return next(IdentityErrors.credentialsMissing());
    res.set('Cache-Control', 'no-store').json({
      user: { id: signIn.principal.id, email: signIn.principal.email, firstname: signIn.principal.givenName, lastname: signIn.principal.familyName },
      csrf_token: signIn.csrfToken,
    });
  });

  routes.post('/auth/logout', (req, res, next) => {
    const signIn = readSessionSignIn(req.user);
    const landing = settings.landingPage;
    if (signIn) {
      const csrfToken = req.get('x-csrf-token') ?? (typeof req.body?._csrf === 'string' ? req.body._csrf : undefined);
      if (!passesCsrfCheck({ method: 'POST', origin: req.get('origin'), csrfToken }, signIn.csrfToken, settings.allowedOrigins)) {
        return next(IdentityErrors.csrfRejected());
      }
    }
    const returnTo = safeReturnAddress(req.query.return_to, settings.allowedOrigins, landing);
    req.logout((logoutError) => {
      if (logoutError) return next(logoutError);
      req.session.destroy(() => {
        res.clearCookie('goat.sid', { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secureCookie });
        dependencies.discovery
          .metadata()
          .then((metadata) => {
            if (!metadata.endSessionEndpoint) return res.redirect(303, returnTo);
            const endSession = new URL(metadata.endSessionEndpoint);
            endSession.searchParams.set('client_id', settings.clientId);
            if (signIn?.idToken) endSession.searchParams.set('id_token_hint', signIn.idToken);
            if (/^https?:\/\//.test(returnTo)) endSession.searchParams.set('post_logout_redirect_uri', returnTo);
            res.redirect(303, endSession.href);
          })
          .catch(() => res.redirect(303, returnTo));
      });
    });
  });

  return { middleware, routes };
}
