import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './app';

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting at once, lets requests in flight finish (up to the grace period), then closes. */
  shutdown(): Promise<void>;
}

export async function startServer(app: App): Promise<RunningServer> {
  let draining = false;
  const server = createServer((req, res) => {
    // While draining, each response closes its connection, so keep-alive clients reconnect elsewhere.
    if (draining) res.setHeader('Connection', 'close');
    app.express(req, res);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(app.config.PORT, app.config.listenHost, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (stopping ??= (async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idleSweep = setInterval(() => server.closeIdleConnections(), 250);
      const deadline = setTimeout(() => server.closeAllConnections(), app.config.SHUTDOWN_GRACE_SECONDS * 1000);
      await closed;
      clearInterval(idleSweep);
      clearTimeout(deadline);
      await app.close();
    })());
  return { server, url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`, shutdown };
}
