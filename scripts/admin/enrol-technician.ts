/**
 * `npm run admin:enrol` — makes the deployment file's entry for a technician or administrator of the console.
 * It asks for the staff number, role, name, ID number and PIN (twice; hidden on a terminal) and prints the
 * `admin` section to merge into kiosk.config.json: an HMAC of the ID number under the deployment's identity
 * key, a salted scrypt of the PIN and the masked name. The number, the name and the PIN are never printed
 * or written anywhere.
 *
 *   npm run admin:enrol                              a new identity key is made and printed
 *   npm run admin:enrol -- --config kiosk.config.json   the file's admin.identityKey is used
 *   npm run admin:enrol -- --totp                    also makes a one-time-code secret (reader broken)
 *
 * Without a terminal (a script, a test) the answers are read one per line from stdin, in the same order.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Secret } from 'otpauth';
import { adminConfigSchema, adminRoleSchema, enrolmentIdSchema } from '../../shared/config/admin-config.js';
import { checkIdNumber } from '../../shared/validation/id-number.js';
import { hashPin, idNumberHash, maskName, newIdentityKey } from '../../electron/services/admin/credentials.js';

interface Prompter {
  ask(question: string, secret?: boolean): Promise<string>;
  close(): void;
}

function prompter(): Prompter {
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    let muted = false;
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    const write = output._writeToOutput.bind(rl);
    output._writeToOutput = (s: string) => write(muted && !s.includes('\n') ? '' : s);
    return {
      ask: (question, secret = false) =>
        new Promise((resolve) => {
          muted = false;
          rl.question(question, (answer) => {
            muted = false;
            if (secret) process.stderr.write('\n');
            resolve(answer.trim());
          });
          muted = secret;
        }),
      close: () => rl.close(),
    };
  }
  const lines = readFileSync(0, 'utf8').split(/\r?\n/);
  return {
    ask: (question) => {
      process.stderr.write(question + '\n');
      return Promise.resolve((lines.shift() ?? '').trim());
    },
    close: () => undefined,
  };
}

function fail(message: string): never {
  process.stderr.write(`admin:enrol: ${message}\n`);
  process.exit(2);
}

function identityKeyFrom(configPath: string | undefined): { key: string; made: boolean } {
  if (!configPath) return { key: newIdentityKey(), made: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    fail(`cannot read ${configPath}: ${(error as Error).message}`);
  }
  const admin = adminConfigSchema.safeParse((parsed as { admin?: unknown }).admin ?? {});
  if (!admin.success) fail(`${configPath}: admin: ${admin.error.issues[0]?.message ?? 'invalid'}`);
  return admin.data.identityKey ? { key: admin.data.identityKey, made: false } : { key: newIdentityKey(), made: true };
}

async function main(argv: string[]) {
  const configIndex = argv.indexOf('--config');
  const configPath = configIndex >= 0 ? argv[configIndex + 1] : undefined;
  const { key, made } = identityKeyFrom(configPath);
  const ask = prompter();
  try {
    const enrolmentId = await ask.ask('工号 Staff number (e.g. T01): ');
    if (!enrolmentIdSchema.safeParse(enrolmentId).success) fail('the staff number is 2–20 letters, digits or hyphens');
    const role = await ask.ask('角色 Role (technician / administrator): ');
    if (!adminRoleSchema.safeParse(role).success) fail('the role is "technician" or "administrator"');
    const name = await ask.ask('姓名 Name (as on the card; only its masked form is kept): ');
    if (name.length === 0 || name.length > 30) fail('the name is 1–30 characters');
    const idNumber = (await ask.ask('身份证号 ID number: ', true)).toUpperCase();
    const problem = checkIdNumber(idNumber);
    if (problem) fail(`the ID number is not valid (${problem})`);
    const pin = await ask.ask('密码 PIN (6 digits): ', true);
    if (!/^\d{6}$/.test(pin)) fail('the PIN is 6 digits');
    if ((await ask.ask('再次输入密码 PIN again: ', true)) !== pin) fail('the two PINs differ');
    const entry = {
      enrolmentId,
      role,
      idHash: idNumberHash(idNumber, key),
      pinHash: await hashPin(pin),
      maskedName: maskName(name),
    };
    const section: Record<string, unknown> = { technicians: [entry] };
    if (made) section.identityKey = key;
    if (argv.includes('--totp')) section.totpSecret = new Secret({ size: 20 }).base32;
    // Checked against the schema the kiosk uses, so what is printed is what the kiosk accepts.
    const checked = adminConfigSchema.safeParse(section);
    if (!checked.success) fail(`internal: the entry does not validate: ${checked.error.issues[0]?.message ?? ''}`);
    process.stdout.write(`${JSON.stringify({ admin: section }, null, 2)}\n`);
    process.stderr.write(
      made
        ? 'Merge "admin" into kiosk.config.json. A NEW identityKey was made: every technician of this deployment must be enrolled with the same key (use --config next time).\n'
        : 'Add the entry to admin.technicians in kiosk.config.json.\n',
    );
  } finally {
    ask.close();
  }
}

void main(process.argv.slice(2));
