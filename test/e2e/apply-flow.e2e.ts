import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog, resolvePackage } from '../../shared/catalog/index.js';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import { blobRefsOf, type Submission } from '../../shared/platform/index.js';
import { FileKeyProvider } from '../../electron/services/store/key-provider.js';
import { keyDirFor } from '../../electron/services/store/key-location.js';
import { KioskStore } from '../../electron/services/store/store.js';
import { openPlatformStore } from '../../server/platform/platform-store.js';
import { type KioskUnderTest, screenshot, startKiosk, viewports } from './support/kiosk-harness.js';
import { expectAccessible, expectBigTargets, expectPageFits } from './support/page-checks.js';
import { shotsOf } from './support/screenshots.js';
import {
  action,
  chooseSituations,
  expectMaskedName,
  identify,
  invoke,
  openFromSearch,
  printed,
  liftCard,
  typeKeypad,
  typePinyin,
} from './support/steps.js';

/**
 * The application flow end to end through the web host with the simulated ID card reader and printers:
 * 食品小经营店备案 (instant, certificate printed) and the 婚育 package, asserting the case number and what the
 * simulated printers printed, with a screenshot of every application screen at 1080×1920. Test output never
 * shows the demo people's names or numbers.
 */

/**
 * The embedded platform's own state, read through second connections to its store (platform.db) and the kiosk's
 * (kiosk.db), both under the kiosk's key: the images the case names, which of them the platform holds (bytes that
 * hash to the name), and how many the kiosk still keeps.
 */
function attachmentState(
  kiosk: KioskUnderTest,
  caseNumber: string,
): { named: string[]; held: string[]; atKiosk: number } {
  const keyProvider = new FileKeyProvider(join(keyDirFor(kiosk.dataDir), 'store.key'));
  const platform = openPlatformStore({ path: join(kiosk.dataDir, 'platform.db'), keyProvider });
  const store = KioskStore.open({ path: join(kiosk.dataDir, 'kiosk.db'), keyProvider });
  try {
    const row = platform.db.prepare('SELECT payload FROM p_cases WHERE case_number = ?').get(caseNumber) as
      { payload: Buffer | null } | undefined;
    const submission = row?.payload
      ? platform.cipher.openJson<Submission>(row.payload, `p_cases:${caseNumber}`)
      : undefined;
    const named = submission ? blobRefsOf(submission) : [];
    const held = named.filter((ref) => {
      const sha = ref.replace(/^sha256:/, '');
      const image = platform.db.prepare('SELECT body FROM p_attachments WHERE sha256 = ?').get(sha) as
        { body: Buffer | null } | undefined;
      const bytes = image?.body ? platform.cipher.openBytes(image.body, `p_attachments:${sha}`) : undefined;
      return bytes !== undefined && createHash('sha256').update(bytes).digest('hex') === sha;
    });
    // Of this case's images, how many the kiosk still holds (a retried test leaves the first attempt's behind).
    const atKiosk = named.filter(
      (ref) => store.db.prepare('SELECT 1 FROM attachments WHERE blob_ref = ?').get(ref) !== undefined,
    ).length;
    return { named, held, atKiosk };
  } finally {
    store.close();
    platform.close();
  }
}

/** The next attachments.put fails as if main were busy: the page must say so and offer a retry. */
async function failNextImagePut(page: Page) {
  await page.route(
    '**/api/invoke/attachments.put',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'test' } }),
      }),
    { times: 1 },
  );
}

const screenOf = (page: Page) => page.locator('main[data-screen]').getAttribute('data-screen');

/** 继续 on a situation page, then wait for the next page (another situation page has the same screen id). */
async function nextFromSituation(page: Page, asked: readonly string[]) {
  await next(page);
  await page.waitForFunction(
    (was) =>
      document.querySelector('main[data-screen] [role="radiogroup"][id^="situation-"]')?.id !== `situation-${was}`,
    asked[0] ?? null,
  );
}

const shot = shotsOf('', [expectPageFits, expectBigTargets, expectAccessible]);

async function next(page: Page) {
  await action(page, 'continue').click();
}

/** 继续, then wait until the page has gone: reading the next page at once can still see this one on a loaded machine. */
async function nextFrom(page: Page, screen: string) {
  await next(page);
  await page.waitForFunction(
    (was) => document.querySelector('main[data-screen]')?.getAttribute('data-screen') !== was,
    screen,
  );
}

/** The form field the field page asks for (inputs carry data-field; a single choice group its id "field-<id>"). */
async function fieldOnScreen(page: Page): Promise<string | null> {
  const input = page.locator('[data-screen="field"] [data-field-type]').first();
  return (await input.getAttribute('data-field')) ?? (await input.getAttribute('id'))?.replace(/^field-/, '') ?? null;
}

/** 继续 on a field page, then wait for the next page (another field page has the same screen id). */
async function nextFromField(page: Page, field: string | null) {
  await next(page);
  await page.waitForFunction((was) => {
    const main = document.querySelector('main[data-screen]');
    if (main?.getAttribute('data-screen') !== 'field') return true;
    const input = main.querySelector('[data-field-type]');
    const id = input?.getAttribute('data-field') ?? input?.id.replace(/^field-/, '');
    return id !== was || main.querySelector('.k-error-summary') !== null;
  }, field);
}

/** Identifies with the demo citizen's card, checking the masked name; `shots` names screenshots of both pages. */
async function identifyChecked(page: Page, kiosk: KioskUnderTest, citizenKey: string, shots: string | undefined) {
  await identify(page, kiosk, citizenKey, {
    waiting: async () => {
      if (shots) await shot(page, `${shots}-identify-waiting`);
    },
    confirming: async () => {
      await expectMaskedName(page, citizenKey);
      if (shots) await shot(page, `${shots}-identify-confirm`);
    },
  });
}

describe('applying at the kiosk', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKiosk();
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('files a small food shop (食品小经营店备案): identify, materials with commitment, photo and bring-later, sign, submit, certificate and receipt printed', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'spbz', 'SC-005');

    // A business item asks which business on the confirm page itself (one page fewer): 确认 without one is refused.
    await identifyChecked(page, kiosk, 'wang-jianguo', 'apply');
    await page.locator('[data-screen="identify"] .k-error-summary').waitFor();
    await shot(page, 'apply-identify-business');
    await page.locator('[data-screen="identify"] [data-business-choice] [role="radio"]').first().click();
    await page.locator('[data-action="confirm-identity"]').click();

    // Situations: catering, rented premises. Issue 10 #9: 您已经领取营业执照了吗 is not asked — the licensed
    // business just picked answers it.
    // Both questions are short and neither depends on the other: one page (issue 10, fewer steps).
    const asked = await chooseSituations(page, { businessKind: 'catering', premises: 'rented' });
    expect(asked).toEqual(['businessKind', 'premises']);
    await shot(page, 'apply-situations');
    await nextFromSituation(page, asked);
    expect(await screenOf(page)).toBe('materials');

    // Materials: the ID card and the business licence are done; the rest needs a way.
    await page.locator('[data-screen="materials"] [data-material="businessLicense"][data-status="eLicense"]').waitFor();
    expect(await page.locator('[data-material="idCard"]').getAttribute('data-status')).toBe('eLicense');
    await shot(page, 'apply-materials');
    // The list uses the height (issue 10 #10): all six materials on one page, no pager, one 继续.
    expect(await page.locator('[data-screen="materials"] [data-material]').count()).toBe(6);
    expect(await page.locator('[data-screen="materials"] .k-pager__status').count()).toBe(0);
    await next(page);
    await page.locator('[data-screen="materials"] .k-error-summary').waitFor();
    await shot(page, 'apply-materials-errors');
    await page.locator('.k-error-summary__link').filter({ hasText: '从业人员健康证明' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('material-healthCertificates');

    // 承诺代替 is one tap (no dialog): the commitments are read and accepted on their own page later.
    await page.locator('[data-material="healthCertificates"] [data-action="way-commitment"]').click();
    await page.locator('[data-material="healthCertificates"][data-status="commitment"]').waitFor();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.locator('[data-material="leaseContract"] [data-action="way-later"]').click();
    await page.locator('[data-material="foodSafetyRules"] [data-action="way-commitment"]').click();

    // The floor plan is photographed with the (simulated) document camera: capture, retake, use, done.
    await page.locator('[data-material="layoutPlan"] [data-action="way-scan"]').click();
    await page.locator('dialog[data-dialog="scan"] video[data-preview="live"]').waitFor();
    await page.waitForFunction(
      () => (document.querySelector('video[data-preview="live"]') as HTMLVideoElement | null)?.readyState === 4,
    );
    await shot(page, 'apply-camera-live');
    await page.locator('[data-action="capture"]').click();
    await page.locator('img[data-preview="pending"]').waitFor();
    await shot(page, 'apply-camera-preview');
    await page.locator('[data-action="retake"]').click();
    await page.locator('video[data-preview="live"]').waitFor();
    await page.waitForFunction(
      () => (document.querySelector('video[data-preview="live"]') as HTMLVideoElement | null)?.readyState === 4,
    );
    await page.locator('[data-action="capture"]').click();
    // The photo must reach the kiosk before it counts as a page: a failure says so, and 重试 sends it again.
    await failNextImagePut(page);
    await page.locator('[data-action="use-page"]').click();
    await page.locator('dialog[data-dialog="scan"] .k-notice').filter({ hasText: '没有保存成功' }).waitFor();
    expect(await page.locator('[data-pages]').getAttribute('data-pages')).toBe('0');
    await page.locator('[data-action="retry-save-page"]').click();
    await page.locator('[data-pages="1"]').waitFor();
    await page.locator('[data-action="scan-done"]').click();
    await page.locator('[data-material="layoutPlan"][data-status="scan"]').waitFor();
    await shot(page, 'apply-materials-done');
    await nextFrom(page, 'materials');

    // Form: what the kiosk does not know. The shop's name, credit code and address (the business picked) and
    // the mobile number (the platform's record of the person) are confirmed on the check page, not one page each.
    const fieldsAsked: Array<string | null> = [];
    for (let guard = 0; guard < 12 && (await screenOf(page)) === 'field'; guard += 1) {
      const field = await fieldOnScreen(page);
      fieldsAsked.push(field);
      if (field === 'mobile') await typeKeypad(page, '13900000103');
      else if (field === 'floorArea') await typeKeypad(page, '45');
      else if (field === 'staffCount') await typeKeypad(page, '3');
      else if (field === 'cateringItems') await page.locator('[data-screen="field"] [data-value="hot"]').click();
      // Prefilled from the business licence: kept as they are.
      await nextFromField(page, field);
    }

    // The mobile number the platform holds for the person is confirmed on the check page too.
    expect(fieldsAsked).toEqual(['floorArea', 'staffCount', 'cateringItems']);
    await page.locator('[data-screen="commitment"]').waitFor();
    await shot(page, 'apply-commitment');
    await next(page);
    await page.locator('[data-screen="commitment"] .k-error-summary').waitFor();
    expect(await page.locator('main [data-signature-pad]').count()).toBe(0);
    await page.locator('[data-action="accept-commitment"]').click();
    expect(await page.locator('[data-action="accept-commitment"]').getAttribute('aria-checked')).toBe('true');
    // The signature is given on the same page (one page fewer): the texts give way to a summary and the pad.
    await page.locator('[data-screen="commitment"] [data-signature-pad]').waitFor();
    expect(await page.locator('[data-commitment-summary]').textContent()).toContain('从业人员健康证明');
    await next(page);
    await page.locator('[data-screen="commitment"] .k-error-summary').filter({ hasText: '请在框内签名' }).waitFor();
    // Issue 10 #8: signing after the error does not move the pad under the finger, and the stroke stays.
    const pad = page.locator('main [data-signature-pad]');
    const before = await pad.boundingBox();
    const during = await sign(page, () => pad.boundingBox());
    expect(during).toEqual(before);
    expect(await pad.boundingBox()).toEqual(before);
    expect(await inkedPixels(page)).toBeGreaterThan(50);
    await shot(page, 'apply-sign');
    await failNextImagePut(page);
    await next(page);
    await page.locator('[data-screen="commitment"] .k-notice').filter({ hasText: '签名没有保存成功' }).waitFor();
    await next(page);

    await page.locator('[data-screen="check"]').waitFor();
    // The licence answer says where it came from and has no 修改; the shop name from the records can be changed.
    const licenceRow = page.locator('[data-row="situation:hasLicense"]');
    expect(await licenceRow.textContent()).toContain('来自您选择的经营主体');
    expect(await licenceRow.locator('[data-action="change"]').count()).toBe(0);
    await shot(page, 'apply-check-known');
    // The shop name from the records can be changed: 修改 opens its page (counted as the check page's step),
    // and 继续 comes back to the check page.
    const caption = async () => (await page.locator('.k-screen__caption').textContent()) ?? '';
    const checkStep = await caption();
    await page.locator('[data-row="field:shopName"] [data-action="change"]').click();
    await page.locator('[data-screen="field"] input[data-field="shopName"]').waitFor();
    expect(await page.locator('[data-screen="field"] input[data-field="shopName"]').inputValue()).not.toBe('');
    expect(await caption()).toBe(checkStep);
    await next(page);
    await page.locator('[data-screen="check"]').waitFor();
    // Issue 10 #5: 修改 a branching answer (租用 → 自有房产). What it newly requires, the proof of ownership,
    // is asked for before the check page comes back; the lease it no longer needs is gone from the check page.
    await page.locator('[data-row="situation:premises"] [data-action="change"]').click();
    await page.locator('[data-screen="situation"] [data-value="owned"]').click();
    await next(page);
    const ownership = page.locator('[data-screen="materials"] [data-material="premisesOwnership"]');
    await ownership.waitFor();
    if ((await ownership.getAttribute('data-status')) === 'missing') {
      await ownership.locator('[data-action="way-commitment"]').click();
    }
    await shot(page, 'apply-changed-answer-materials');
    // On to the check page, accepting the commitment on the way; each 继续 waits for its page to go.
    for (let turn = 0; turn < 6; turn += 1) {
      const screen = await page.locator('main[data-screen]').getAttribute('data-screen');
      if (screen === 'check') break;
      if (screen === 'commitment') {
        const accept = page.locator('[data-action="accept-commitment"]');
        if ((await accept.getAttribute('aria-checked')) !== 'true') await accept.click();
        // Signed on this page before the change: the signature is shown, not asked again.
        expect(await page.locator('main [data-signature-pad]').count()).toBe(0);
      }
      if (screen === 'materials' && (await page.locator('.k-pager__status').count()) > 0) {
        const status = page.locator('.k-pager__status');
        if ((await status.getAttribute('data-pager-page')) !== (await status.getAttribute('data-pager-pages'))) {
          const at = await status.getAttribute('data-pager-page');
          await next(page);
          await page.locator(`.k-pager__status[data-pager-page="${Number(at) + 1}"]`).waitFor();
          continue;
        }
      }
      await nextFrom(page, screen ?? '');
    }
    await page.locator('[data-screen="check"]').waitFor();
    const checkText = async () => {
      let text = '';
      for (let p = 0; p < 4; p += 1) {
        text += (await page.locator('[data-screen="check"]').textContent()) ?? '';
        const more = page.locator('[data-screen="check"] [data-action="next-page"]:not([disabled])');
        if ((await more.count()) === 0) break;
        await more.click();
      }
      return text;
    };
    const checked = await checkText();
    expect(checked).toContain('经营场所产权证明');
    expect(checked).not.toContain('租赁合同');
    // Issue 10 #3: the A4 paper runs out as the application goes in.
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperOut' })).toMatchObject({
      ok: true,
    });
    await next(page);

    await page.locator('[data-screen="confirmation"]').waitFor({ timeout: 15_000 });
    const caseNumber = await page.locator('[data-case-number]').getAttribute('data-case-number', { timeout: 10_000 });
    expect(caseNumber).toMatch(/^[A-Z0-9][A-Z0-9-]{5,}$/);
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    await page.locator('[data-print="certificate"][data-print-status="failed"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-confirmation]').getAttribute('data-confirmation')).toBe('done');
    // Nobody is sent away with nothing: the case number and the query code are on screen, with where to reprint.
    const reprintLater = (await page.locator('[data-reprint-later]').textContent()) ?? '';
    expect(reprintLater).toContain(caseNumber ?? '-');
    expect(reprintLater).toContain('办件进度查询');
    const queryCode = /查询验证码 ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(reprintLater)?.[1];
    expect(queryCode).toBeDefined();
    await shot(page, 'apply-confirmation-instant');
    const jobs = await printed(kiosk);
    expect(jobs.some((j) => j.device === 'receiptPrinter' && j.media === 'receipt80')).toBe(true);
    const a4Before = jobs.filter((j) => j.device === 'documentPrinter' && j.media === 'A4').length;
    // The platform holds every image the case names: the photographed floor plan and the signature.
    const images = attachmentState(kiosk, caseNumber ?? '');
    expect(images.named.length).toBeGreaterThanOrEqual(2);
    expect(images.held).toEqual(images.named);
    // Delivered and its receipt printed: the kiosk keeps none of them any more (the purge follows the printer's
    // confirmation, which the page reports on its own; a loaded machine needs a moment).
    await expect.poll(() => attachmentState(kiosk, caseNumber ?? '').atKiosk, { timeout: 10_000 }).toBe(0);

    // 好差评 on the confirmation page: 不满意 goes on to its reasons.
    await page.locator('[data-screen="confirmation"] [data-rating="choosing"] [data-value="dissatisfied"]').click();
    await page.locator('[data-screen="evaluation-reason"]').waitFor();
    await shot(page, 'apply-evaluation-reason');
    await page.locator('[data-screen="evaluation-reason"] [data-value="tooComplex"]').click();
    await page.locator('[data-screen="evaluation-reason"] [data-action="continue"]').click();
    await page.locator('[data-screen="evaluation-phone"]').waitFor();
    await typeKeypad(page, '1390000');
    await page.locator('[data-action="submit-evaluation"]').click();
    await page.locator('[data-screen="evaluation-phone"] .k-error-summary').waitFor();
    await shot(page, 'apply-evaluation-phone-error');
    await page.locator('.k-keypad [data-key="clear"]').click();
    await page.locator('[data-action="submit-evaluation"]').click();
    await page.locator('[data-screen="evaluation-sent"]').waitFor();

    await page.locator('[data-screen="take-card"]').waitFor({ timeout: 10_000 });
    await shot(page, 'apply-take-card');
    await liftCard(page, kiosk);
    await page.locator('[data-screen="attract"]').waitFor();
    // Nothing of the citizen is left on the page.
    expect(await page.locator('[data-masked-name], [data-case-number]').count()).toBe(0);

    // Later, another session (the paper refilled): 办件进度查询 with the numbers finds the case, 打印证照 prints it.
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'documentPrinter', fault: 'paperFull' })).toMatchObject({
      ok: true,
    });
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="progress"]').click();
    await page.locator('[data-screen="progress"]').waitFor();
    await page.waitForTimeout(300);
    expect(await invoke(kiosk, 'devices.sim.scan', { code: `GKR1:${caseNumber}:${queryCode}` })).toMatchObject({
      ok: true,
    });
    await page.locator(`[data-reprint="${caseNumber}"] [data-action="reprint"]`).click();
    await page.locator(`[data-reprint="${caseNumber}"][data-reprint-status="done"]`).waitFor({ timeout: 15_000 });
    await shot(page, 'progress-reprinted');
    const a4After = (await printed(kiosk)).filter((j) => j.device === 'documentPrinter' && j.media === 'A4').length;
    expect(a4After).toBe(a4Before + 1);
  }, 180_000);

  it('does not ask 您已经领取营业执照了吗 after 新开办的（还没有营业执照） either (issue 10 #9)', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'spbz', 'SC-005');
    await identifyChecked(page, kiosk, 'wang-jianguo', undefined);
    await page.locator('[data-screen="identify"] [data-business-choice] [role="radio"][data-value="new"]').click();
    await page.locator('[data-action="confirm-identity"]').click();
    await page.locator('[data-screen="situation"]').waitFor();
    const asked: string[] = [];
    for (let turn = 0; turn < 4 && (await screenOf(page)) === 'situation'; turn += 1) {
      const onPage = await chooseSituations(page);
      asked.push(...onPage);
      await nextFromSituation(page, onPage);
    }
    expect(asked).toEqual(['businessKind', 'premises']);
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.close();
  });

  it('in 长辈模式 the materials list pages three at a time; the error link to a material on page 2 turns to it (issue 10 #6)', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'spbz', 'SC-005', () => page.locator('.k-senior-toggle').click());
    await identifyChecked(page, kiosk, 'wang-jianguo', undefined);
    await page.locator('[data-screen="identify"] [data-business-choice] [role="radio"]').first().click();
    await page.locator('[data-action="confirm-identity"]').click();
    await nextFromSituation(page, await chooseSituations(page, { businessKind: 'catering', premises: 'rented' }));
    await page.locator('[data-screen="materials"] [data-material="businessLicense"][data-status="eLicense"]').waitFor();
    expect(await page.locator('[data-screen="materials"] [data-material]').count()).toBe(3);
    // One way forward: 继续 turns to page 2, then checks.
    expect(await page.locator('[data-screen="materials"] [data-action="next-page"]').count()).toBe(0);
    await next(page);
    await page.locator('[data-screen="materials"] .k-pager__status[data-pager-page="2"]').waitFor();
    await next(page);
    await page.locator('[data-screen="materials"] .k-error-summary').waitFor();
    // From page 2, the link to a material on page 1 turns there and focuses it; and back again.
    await page.locator('.k-error-summary__link').filter({ hasText: '从业人员健康证明' }).click();
    await page.locator('[data-screen="materials"] .k-pager__status[data-pager-page="1"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('material-healthCertificates');
    await page.locator('.k-error-summary__link').filter({ hasText: '食品安全管理制度' }).click();
    await page.locator('[data-screen="materials"] .k-pager__status[data-pager-page="2"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('material-foodSafetyRules');
    await shot(page, 'apply-senior-materials-page-2');
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.close();
  });

  it('applies for the 婚育 package as one application with one case per member item and one receipt', async () => {
    const page = await kiosk.newPage(viewports.portrait);
    const before = (await printed(kiosk)).length;
    await page.locator('[data-screen="attract"]').click();
    await page.locator('[data-action="packages"]').click();
    await page.locator('[data-item="YJS-003"]').click();
    await page.locator('[data-screen="guide"]').waitFor();
    await page.locator('[data-action="start"]').click();
    await identifyChecked(page, kiosk, 'zhao-li', undefined);

    // Already married, local hukou, expecting: of 婚姻登记预约 and 生育登记 only 生育登记 applies.
    const answers = { married: 'yes', hukouLocal: 'yes', stage: 'pregnant' };
    const pkg = defaultCatalog.packages.find((p) => p.code === 'YJS-003');
    const applying = pkg ? resolvePackage(pkg, defaultCatalog, answers).members.map((m) => m.item.code) : [];
    expect(applying).toEqual(['WJ-001']);
    // Two short questions share a page ('yes' answers two of them on one page); each page is answered in turn.
    await page.locator('main[data-screen="situation"]').waitFor();
    const asked: string[] = [];
    for (let turn = 0; turn < 4 && (await screenOf(page)) === 'situation'; turn += 1) {
      const onPage = await chooseSituations(page, answers);
      asked.push(...onPage);
      await nextFromSituation(page, onPage);
    }
    expect(asked).toEqual(Object.keys(answers));
    await page
      .locator('[data-screen="materials"] [data-material="marriageCertificate"][data-status="eLicense"]')
      .waitFor();
    await shot(page, 'apply-package-materials');
    await nextFrom(page, 'materials');

    const spouse = findDemoCitizen('zhang-xiaoming');
    const nextYear = new Date().getFullYear() + 1;
    for (let guard = 0; guard < 12 && (await screenOf(page)) === 'field'; guard += 1) {
      const field = await fieldOnScreen(page);
      if (field === 'mobile') await typeKeypad(page, '13900000104');
      else if (field === 'spouseName')
        await typePinyin(page, [
          ['zhang', '张'],
          ['xiao', '晓'],
          ['ming', '明'],
        ]);
      else if (field === 'spouseIdNumber') await typeKeypad(page, spouse?.idNumber ?? '');
      else if (field === 'childOrder') await page.locator('[data-screen="field"] [data-value="first"]').click();
      else if (field === 'dueDate') await typeKeypad(page, `${nextYear}0301`);
      else if (field === 'residenceAddress')
        await typePinyin(page, [
          ['jiao', '郊'],
          ['qu', '区'],
          ['ping', '平'],
          ['tan', '坦'],
          ['zhen', '镇'],
        ]);
      await nextFromField(page, field);
    }

    await page.locator('[data-screen="commitment"]').waitFor();
    await shot(page, 'apply-package-commitment');
    await page.locator('[data-action="accept-commitment"]').click();
    await sign(page);
    await shot(page, 'apply-package-commitment-signed');
    await next(page);
    await page.locator('[data-screen="check"]').waitFor();
    await next(page);

    await page.locator('[data-screen="confirmation"]').waitFor({ timeout: 15_000 });
    const caseNumber = await page.locator('[data-case-number]').getAttribute('data-case-number', { timeout: 10_000 });
    expect(caseNumber).toMatch(/^[A-Z0-9][A-Z0-9-]{5,}$/);
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    await page.locator('[data-package-items]').waitFor();
    // One case per member item that applies, the lead case first, each listed with its number.
    await page.locator('[data-package-items] [data-member-case]').first().waitFor({ timeout: 10_000 });
    const members = await page
      .locator('[data-package-items] [data-member-item]')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-member-item'), li.getAttribute('data-member-case')] as const),
      );
    expect(members.map(([code]) => code)).toEqual(applying);
    expect(members[0]?.[1]).toBe(caseNumber);
    for (const [, number] of members) expect(number).toMatch(/^[A-Z0-9][A-Z0-9-]{5,}$/);
    expect(new Set(members.map(([, number]) => number)).size).toBe(applying.length);
    for (const [, number] of members)
      await expect(page.locator('[data-package-items]').textContent()).resolves.toContain(number);
    await shot(page, 'apply-package-confirmation');
    // The platform holds both cases of the one submission (looked up with the receipt's number and query code).
    const panelText = (await page.locator('[data-confirmation]').textContent()) ?? '';
    const queryCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(panelText)?.[0] ?? '';
    const progress = await invoke<{ cases: Array<{ memberCases?: Array<{ itemCode: string; caseNumber: string }> }> }>(
      kiosk,
      'case.progress',
      {
        by: 'caseNumber',
        caseNumber,
        queryCode,
      },
    );
    expect(progress.value?.cases[0]?.memberCases?.map((m) => [m.itemCode, m.caseNumber])).toEqual(members);
    const jobs = (await printed(kiosk)).slice(0, (await printed(kiosk)).length - before);
    expect(jobs.filter((j) => j.device === 'receiptPrinter')).toHaveLength(1);
    // A package's confirmation lists its member cases and asks no rating: its rating page follows.
    expect(await page.locator('[data-rating]').count()).toBe(0);
    await next(page);
    await page.locator('[data-action="skip-evaluation"]').click();
    await page.locator('[data-screen="take-card"]').waitFor();
    await liftCard(page, kiosk);
    await page.locator('[data-screen="attract"]').waitFor();
  }, 120_000);
});

describe('faults while applying', () => {
  const kiosks: KioskUnderTest[] = [];
  afterAll(async () => {
    for (const k of kiosks) await k.close();
  });

  /** 就业创业证申领 (RS-006) up to the confirmation: few pages, no business, a 3-day item. */
  async function employmentCertificate(
    page: Page,
    kiosk: KioskUnderTest,
    citizenKey: string,
    beforeSubmit?: () => Promise<unknown>,
    shots?: string,
    setup?: () => Promise<unknown>,
    onMaterials?: () => Promise<unknown>,
  ) {
    await openFromSearch(page, 'jycyz', 'RS-006', setup);
    await identifyChecked(page, kiosk, citizenKey, shots);
    await page.locator('[data-screen="situation"] [data-value="unemployed"]').click();
    await next(page);
    await page.locator('[data-screen="materials"] [data-material="idCard"][data-status="eLicense"]').waitFor();
    await page.locator('[data-screen="materials"] [data-licenses="loading"]').waitFor({ state: 'detached' });
    await onMaterials?.();
    if (shots) await shot(page, `${shots}-materials`);
    await nextFrom(page, 'materials');
    for (let guard = 0; guard < 6 && (await screenOf(page)) === 'field'; guard += 1) {
      const field = await fieldOnScreen(page);
      if (field === 'mobile') await typeKeypad(page, '13900000102');
      else await page.locator('[data-screen="field"] [role="radio"]').first().click();
      await nextFromField(page, field);
    }
    for (let guard = 0; guard < 3; guard += 1) {
      const screen = await screenOf(page);
      if (screen === 'commitment') {
        await page.locator('[data-action="accept-commitment"]').click();
        await sign(page);
      } else if (screen === 'sign') await sign(page);
      else break;
      if (shots) await shot(page, `${shots}-${screen}`);
      await next(page);
      // The signature is hashed before the page moves on: wait for the next page rather than act on this one twice.
      await page.waitForFunction(
        (was) => document.querySelector('main[data-screen]')?.getAttribute('data-screen') !== was,
        screen,
      );
    }
    await page.locator('[data-screen="check"]').waitFor();
    await beforeSubmit?.();
    await next(page);
    await page.locator('[data-screen="confirmation"]').waitFor({ timeout: 15_000 });
  }

  it('says in plain words when the card reader fails, and reads again after 重新读卡', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'jycyz', 'RS-006');
    await page.locator('[data-screen="identify"] [data-reader-status]').waitFor();
    expect((await invoke(kiosk, 'devices.sim.fault', { device: 'idCardReader', fault: 'samFault' })).ok).toBe(true);
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'zhang-xiaoming' })).toMatchObject({ ok: true });
    await page.locator('[data-reader-fault]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-reader-fault]').textContent()).toContain('联系工作人员');
    await shot(page, 'apply-identify-fault');
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'idCardReader', fault: 'samOk' })).toMatchObject({
      ok: true,
    });
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.waitForTimeout(600);
    await page.locator('[data-action="retry-read"]').click();
    expect(await invoke(kiosk, 'devices.sim.placeCard', { citizenKey: 'zhang-xiaoming' })).toMatchObject({ ok: true });
    await page.locator('[data-action="confirm-identity"]').waitFor({ timeout: 10_000 });
  });

  it('keeps the application when the receipt printer runs out of paper, and prints it after a refill', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    // The paper runs out after the citizen started (an empty printer makes the item unavailable from the start).
    await employmentCertificate(page, kiosk, 'zhang-xiaoming', () =>
      invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'paperOut' }),
    );
    await page.locator('[data-print="receipt"][data-print-status="failed"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-print="receipt"]').textContent()).toContain('缺纸');
    // Delivered all the same: the case number stands while the paper is out.
    expect(await page.locator('[data-case-number]').count()).toBe(1);
    await shot(page, 'apply-confirmation-paper-out');
    expect(await invoke(kiosk, 'devices.sim.fault', { device: 'receiptPrinter', fault: 'paperFull' })).toMatchObject({
      ok: true,
    });
    await page.locator('[data-action="retry-receipt"]').click();
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    expect((await printed(kiosk)).some((j) => j.device === 'receiptPrinter')).toBe(true);
  });

  it('长辈模式 skips the optional questions, and the check page offers them (issue 10, fewer steps)', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    await openFromSearch(page, 'lnryd', 'WJ-002', async () => {
      await page.locator('.k-senior-toggle').click();
      await page.locator('.k-senior-toggle[aria-pressed="true"]').waitFor();
    });
    await identifyChecked(page, kiosk, 'li-xiuying', undefined);
    // On to the check page: no field page at all (the optional emergency contact is left to the check page).
    const screens: Array<string | null> = [];
    for (let turn = 0; turn < 10 && (await screenOf(page)) !== 'check'; turn += 1) {
      const screen = await screenOf(page);
      screens.push(screen);
      if (screen === 'situation') await chooseSituations(page);
      if (screen === 'materials')
        for (const row of await page.locator('[data-material][data-status="missing"]').all()) {
          if ((await row.locator('[data-action="way-later"]').count()) > 0)
            await row.locator('[data-action="way-later"]').click();
          else if ((await row.locator('[data-action="way-commitment"]').count()) > 0) {
            await row.locator('[data-action="way-commitment"]').click();
          }
        }
      if (screen === 'commitment') await page.locator('[data-action="accept-commitment"]').click();
      if (screen === 'commitment' || screen === 'sign') await sign(page);
      await nextFrom(page, screen ?? '');
    }
    expect(screens).not.toContain('field');
    const row = page.locator('[data-row="field:emergencyContactName"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('未填写');
    await shot(page, 'apply-senior-check-optional');
    const caption = (await page.locator('.k-screen__caption').textContent()) ?? '';
    // 填写 opens the question, counted as the check page's step; its answer shows on the check page.
    await row.locator('[data-action="change"]', { hasText: '填写' }).click();
    await page.locator('[data-screen="field"] input[data-field="emergencyContactName"]').waitFor();
    expect(await page.locator('.k-screen__caption').textContent()).toBe(caption);
    await typePinyin(page, [
      ['li', '李'],
      ['ming', '明'],
    ]);
    await next(page);
    await page.locator('[data-screen="check"]').waitFor();
    expect(await page.locator('[data-row="field:emergencyContactName"]').textContent()).toContain('李明');
    expect(await invoke(kiosk, 'devices.sim.removeCard')).toMatchObject({ ok: true });
    await page.close();
  });

  it('fits every application screen in English and in 长辈模式', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    await employmentCertificate(page, kiosk, 'zhang-xiaoming', undefined, 'apply-en-senior', async () => {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('.k-senior-toggle').click();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    });
    await page.locator('[data-case-number]').waitFor();
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    // Never English-only words in Chinese mode, and here: no Chinese UI words in English mode (the item data aside).
    expect(await page.locator('#k-screen-title').textContent()).toBe('Application sent');
    await shot(page, 'apply-en-senior-confirmation');
    await page.locator('[data-screen="confirmation"] [data-rating="choosing"] [data-value="veryDissatisfied"]').click();
    await page.locator('[data-screen="evaluation-reason"] [data-value="other"]').click();
    await shot(page, 'apply-en-senior-evaluation-reason');
    await page.locator('[data-action="continue"]').click();
    await page.locator('[data-screen="evaluation-reasonText"]').waitFor();
    await shot(page, 'apply-en-senior-evaluation-text');
    await page.locator('[data-action="continue"]').click();
    await page.locator('[data-screen="evaluation-reasonText"] .k-error-summary').waitFor();
    await page.locator('[data-action="skip-evaluation"]').click();
    await page.locator('[data-screen="take-card"]').waitFor();
    await shot(page, 'apply-en-senior-take-card');
  }, 120_000);

  it('fits the application screens at 1920×1080 too', async () => {
    const kiosk = await startKiosk();
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.landscape);
    await employmentCertificate(page, kiosk, 'zhang-xiaoming', undefined, 'apply-landscape');
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    await shot(page, 'apply-landscape-confirmation');
    await page.locator('[data-screen="confirmation"] [data-rating="choosing"] [data-value="dissatisfied"]').click();
    await page.locator('[data-screen="evaluation-reason"]').waitFor();
    await shot(page, 'apply-landscape-evaluation');
  }, 120_000);

  it('accepts the application while the platform is offline: saved, local number, receipt printed, sent later', async () => {
    const kiosk = await startKiosk({
      platform: { kind: 'http', baseUrl: 'http://127.0.0.1:9/', token: 'offline-test-token', timeoutMs: 500 },
    });
    kiosks.push(kiosk);
    const page = await kiosk.newPage(viewports.portrait);
    // E-licenses cannot be fetched either: the materials page says so (with 重试) and the ID card still counts.
    await employmentCertificate(page, kiosk, 'zhang-xiaoming', undefined, 'apply-offline', undefined, async () => {
      await page.locator('[data-screen="materials"] [data-action="retry-licenses"]').waitFor();
    });
    expect(await page.locator('[data-confirmation]').getAttribute('data-confirmation')).toBe('saved');
    expect(await page.locator('[data-local-number]').count()).toBe(1);
    expect(await page.locator('[data-confirmation]').textContent()).toContain('网络恢复后自动提交');
    await page.locator('[data-print="receipt"][data-print-status="done"]').waitFor({ timeout: 15_000 });
    await shot(page, 'apply-confirmation-offline');
    const outbox = await invoke<{ pending: number }>(kiosk, 'outbox.status');
    expect(outbox.value?.pending).toBeGreaterThanOrEqual(1);
  });
});

/** A name-like scribble on the signature pad with the mouse (pointer events, as a finger would give). */
/** Dark pixels on the signature canvas: a stroke that was kept shows as ink. */
async function inkedPixels(page: Page): Promise<number> {
  return page.locator('main [data-signature-pad]').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) inked += 1;
    return inked;
  });
}

/** A stroke across the pad; `midStroke` runs with the finger down half-way (what the pad does meanwhile). */
async function sign<T>(page: Page, midStroke?: () => Promise<T>): Promise<T | undefined> {
  const pad = page.locator('main [data-signature-pad]');
  await pad.waitFor({ timeout: 5000 }).catch(async (e: unknown) => {
    await screenshot(page, 'debug-sign');
    throw e;
  });
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  let seen: T | undefined;
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(box.x + box.width * (0.2 + i * 0.03), y + Math.sin(i) * box.height * 0.2);
    if (i === 10) seen = await midStroke?.();
  }
  await page.mouse.up();
  return seen;
}
