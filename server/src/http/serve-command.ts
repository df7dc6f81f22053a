// `brevtjek serve [--port N] [--host H]`: the local review page. Runs until Ctrl+C.
import { parseArgs, UsageError } from '../cli/args.js';
import type { Command } from '../cli/main.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from './server.js';
import { findWebRoot } from './static-files.js';
import { findCorpusDir, TrainingData } from './training.js';

export const serveCommand: Command = async (argv, session, io) => {
  const args = parseArgs(argv, ['port', 'host']);
  const portFlag = args.flags.get('port');
  const port = portFlag === undefined ? DEFAULT_PORT : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port skal være et tal mellem 0 og 65535, ikke "${String(portFlag)}".`);
  const hostFlag = args.flags.get('host');
  if (hostFlag === true) throw new UsageError('--host kræver en værdi, fx --host 127.0.0.1.');
  const host = hostFlag ?? DEFAULT_HOST;
  const webRoot = findWebRoot();
  if (!webRoot) io.error('brevtjek: websiden er ikke bygget (dist/web mangler); kun API’et kører. Kør "npm run build".');
  session(); // load the knowledge base before the first request, so errors show here
  let running;
  try {
    running = await startServer({
      session,
      ...(webRoot ? { webRoot } : {}),
      training: new TrainingData(findCorpusDir(), session),
      host,
      port,
      log: (line) => io.error(line),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') io.error(`brevtjek: port ${port} er allerede i brug. Vælg en anden med --port.`);
    else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') io.error(`brevtjek: kan ikke lytte på værten "${host}".`);
    else io.error(`brevtjek: serveren kunne ikke starte: ${(error as Error).message}`);
    return 2;
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    io.error(`brevtjek: ADVARSEL: serveren lytter på ${host} og kan nås fra andre maskiner. Breve indeholder personoplysninger.`);
  }
  io.out(`Brevtjek kører på ${running.url}/ — tryk Ctrl+C for at stoppe.`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
};
