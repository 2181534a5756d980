import { processIo, runCatalogCli } from './catalog-cli.js';

/** `npm run catalog [-- --check FILE]`: see catalog-cli.ts. */
process.exitCode = runCatalogCli(process.argv.slice(2), processIo);
