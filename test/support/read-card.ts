/** A contract call as a test makes it: through the dispatcher or the web host, answered with a Result. */
export type TestCall = (method: string, payload?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

/**
 * The citizen places their card and the page reads it, as the identify page does: main's identity scope then
 * holds this person. The previous card is lifted first, and the reader given the polls it needs to notice,
 * so the new card is a new placement (each placement is read once).
 */
export async function readCardOf(call: TestCall, citizenKey: string): Promise<void> {
  const must = async (method: string, payload: unknown = {}) => {
    const reply = await call(method, payload);
    if (!reply.ok) throw new Error(`${method}: ${reply.error?.code ?? 'failed'}`);
  };
  await must('devices.sim.removeCard');
  for (let i = 0; i < 50; i += 1) {
    if (JSON.stringify(await call('devices.status', {})).includes('"card":"absent"')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await must('devices.sim.placeCard', { citizenKey });
  await must('devices.idCard.read', { waitMs: 5_000 });
}
