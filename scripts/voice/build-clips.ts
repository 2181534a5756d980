import { runBuildClips } from './build-clips-cli.js';

/** `npm run voice:build [-- --out DIR --driver espeak-ng --check]`: see build-clips-cli.ts. */
process.exitCode = await runBuildClips(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
