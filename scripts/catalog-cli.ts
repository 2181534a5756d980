import { readFileSync } from 'node:fs';
import { defaultCatalogSource } from '../shared/catalog/default-catalog-source.js';
import { checkCatalog, formatProblem } from '../shared/catalog/validate-catalog.js';

/**
 * The catalog maintainers' tool behind `npm run catalog`:
 * - no arguments: validate the bundled catalog and print it as JSON (items and packages, defaults applied);
 * - `--check FILE`: validate a catalog file (JSON) against the schema and every cross-reference; print
 *   one line per problem naming the item code and the field, exit 1 when there is any.
 * Kept apart from scripts/catalog.ts so tests can run it without a child process.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

const usage = `Usage:
  npm run catalog                      print the validated bundled catalog as JSON
  npm run catalog -- --check FILE      validate a catalog file; one line per problem, exit 1 if any
`;

export function runCatalogCli(args: readonly string[], io: CliIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const checkAt = args.indexOf('--check');
  if (checkAt >= 0) {
    const file = args[checkAt + 1];
    if (!file || file.startsWith('--')) {
      io.err(`--check needs a file\n${usage}`);
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(io.readFile(file));
    } catch (error) {
      const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read';
      io.out(`catalog: ${file} ${reason}\n`);
      return 1;
    }
    const checked = checkCatalog(json);
    if (checked.catalog) {
      io.err(
        `${file}: valid — ${checked.catalog.items.length} items, ${checked.catalog.packages.length} packages, version ${checked.catalog.version}\n`,
      );
      return 0;
    }
    for (const problem of checked.problems) io.out(`${formatProblem(problem)}\n`);
    io.err(`${file}: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  if (args.length > 0) {
    io.err(`unknown arguments: ${args.join(' ')}\n${usage}`);
    return 2;
  }
  const checked = checkCatalog(JSON.parse(JSON.stringify(defaultCatalogSource)));
  if (!checked.catalog) {
    for (const problem of checked.problems) io.out(`${formatProblem(problem)}\n`);
    io.err(`the bundled catalog has ${checked.problems.length} problems\n`);
    return 1;
  }
  io.out(`${JSON.stringify(checked.catalog, null, 2)}\n`);
  return 0;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};
