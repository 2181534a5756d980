/**
 * The release key (docs/deployment.md, "Publishing and signing a release"):
 *
 *   npm run release:key -- keygen --out /secure/release-key.pem
 *       makes an Ed25519 key (the file 0600) and prints the `update.publicKeys` entry for kiosk.config.json;
 *   npm run release:key -- sign --key /secure/release-key.pem --dir release --version 1.2.0 [--staging 20]
 *       writes release.json (every installer of that version in the folder, with SHA-512 and size) and
 *       release.json.sig beside them; copy the folder's files to the feed, release.json.sig last.
 *
 * The private key never goes on a kiosk or the feed; keep it offline. Keys are rotated by listing the new
 * public key beside the old in every kiosk's configuration first.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { releaseManifestSchema, type ReleaseManifest } from '../../electron/services/update/release-manifest.js';
import { releaseKeyOf, signRelease, verifyRelease } from '../../electron/services/update/release-signature.js';
import { createPrivateKey } from 'node:crypto';
import { releaseFilesIn } from './release-files.js';

function fail(message: string): never {
  process.stderr.write(`release:key: ${message}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    out: { type: 'string' },
    key: { type: 'string' },
    dir: { type: 'string' },
    version: { type: 'string' },
    staging: { type: 'string', default: '100' },
    'released-at': { type: 'string' },
  },
});

if (command === 'keygen') {
  if (!values.out) fail('keygen needs --out <file>');
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(values.out, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  process.stdout.write(`${JSON.stringify({ update: { publicKeys: [releaseKeyOf(privateKey)] } }, null, 2)}\n`);
} else if (command === 'sign') {
  if (!values.key || !values.dir || !values.version) fail('sign needs --key, --dir and --version');
  const files = releaseFilesIn(values.dir, values.version);
  if (files.length === 0) fail(`no installer of ${values.version} in ${values.dir}`);
  const parsed = releaseManifestSchema.safeParse({
    format: 1,
    product: 'gov-kiosk',
    version: values.version,
    releasedAt: values['released-at'] ?? new Date().toISOString(),
    stagingPercentage: Number(values.staging),
    files,
  } satisfies Record<keyof ReleaseManifest, unknown>);
  if (!parsed.success)
    fail(`not a valid release: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const text = Buffer.from(`${JSON.stringify(parsed.data, null, 2)}\n`);
  const privateKey = createPrivateKey(readFileSync(values.key));
  const signature = signRelease(text, privateKey);
  // Checked as a kiosk checks it before anything is written.
  const check = verifyRelease(text, Buffer.from(signature), [releaseKeyOf(privateKey)]);
  if (!check.ok) fail(`the signature does not verify: ${check.error.message}`);
  writeFileSync(join(values.dir, 'release.json'), text);
  writeFileSync(join(values.dir, 'release.json.sig'), signature);
  process.stdout.write(
    `signed ${values.version} (${files.map((f) => `${f.target} ${f.kind}`).join(', ')}) with key ${releaseKeyOf(privateKey).keyId}\n`,
  );
} else {
  fail('usage: release:key keygen --out <file> | sign --key <file> --dir <folder> --version <x.y.z> [--staging 0-100]');
}
