// The central server's entry point: `npm run server` serves HTTP; `npm run server -- admin ...`
// runs an admin command against the same database and exits.
import { parseArgs } from './cli/args.js';
import { runAdmin } from './cli/admin.js';
import { connect, connectOptionsFromEnv } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { buildApp } from './http/app.js';

const DEFAULT_SQLITE_FILE = '.data/server.sqlite';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const options = connectOptionsFromEnv(process.env, args.options.get('db-file') ?? DEFAULT_SQLITE_FILE);
  const server = connect(options);
  await migrateToLatest(server);

  if (args.positional[0] === 'admin') {
    try {
      for (const line of await runAdmin(server, args)) console.log(line);
    } finally {
      await server.close();
    }
    return;
  }

  const port = Number(args.options.get('port') ?? process.env['PORT'] ?? 8787);
  // Loopback by default: exposing the server is a deliberate choice (--host 0.0.0.0).
  const host = args.options.get('host') ?? '127.0.0.1';
  const app = buildApp({ server, logger: true });
  const shutdown = (): void => {
    void app.close().then(() => server.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port, host });
  console.log(`Heard server on http://${host}:${port} (${options.engine === 'sqlite' ? `SQLite ${options.file}` : 'PostgreSQL'})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
