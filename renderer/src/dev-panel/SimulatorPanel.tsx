import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SimulatorFault } from '../../../shared/contract/devices.js';
import { demoCitizens } from '../../../shared/demo/demo-citizens.js';
import { type DeviceProblem, deviceNames, deviceProblem } from '../../../shared/devices/availability.js';
import { type DeviceClass, deviceClasses } from '../../../shared/devices/device-class.js';
import { describeDeviceFailure } from '../../../shared/devices/device-failure.js';
import type { DeviceSnapshot } from '../../../shared/devices/device-status.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import { maskIdNumber } from '../../../shared/validation/id-number.js';
import './SimulatorPanel.css';

/**
 * The simulator panel (as VotingWorks' dev-dock): drives the simulated devices through the same contract the
 * tests use — place or lift a demo citizen's ID card, show their e-ID code to the scanner, paper low/out/jam, cover, unplug/replug, silence (every
 * command times out), SAM faults, scanner reads — and shows each device's live status and recent events.
 * Self-contained: give it the kiosk client. The backend refuses every control for a device that is not
 * simulated, so mounting this on a machine with real hardware cannot fake a card.
 */
export interface SimulatorPanelProps {
  readonly client: KioskClient;
  readonly locale?: 'zh-CN' | 'en';
}

type Text = { readonly 'zh-CN': string; readonly en: string };

const t = {
  title: { 'zh-CN': '设备模拟器', en: 'Device simulators' },
  notSimulated: { 'zh-CN': '真实设备，不可模拟', en: 'Real device: no simulator controls' },
  notConfigured: { 'zh-CN': '本机未配置此设备', en: 'Not configured on this machine' },
  readsOn: { 'zh-CN': '开启读码', en: 'Reads on' },
  readsOff: { 'zh-CN': '关闭读码', en: 'Reads off' },
  idCard: { 'zh-CN': '身份证', en: 'ID card' },
  place: { 'zh-CN': '放置身份证', en: 'Place card' },
  remove: { 'zh-CN': '取走身份证', en: 'Lift card' },
  scanCode: { 'zh-CN': '扫码内容', en: 'Code to scan' },
  scan: { 'zh-CN': '扫码', en: 'Scan' },
  showEId: { 'zh-CN': '出示电子身份证二维码', en: 'Show e-ID code' },
  showEIdWho: {
    'zh-CN': '身份证一栏所选的人，码3分钟内有效、仅用一次',
    en: 'Of the person chosen for the ID card; valid 3 minutes, once',
  },
  resetAll: { 'zh-CN': '全部恢复正常', en: 'Reset all' },
  events: { 'zh-CN': '最近事件', en: 'Recent events' },
  prints: { 'zh-CN': '模拟打印记录', en: 'Simulated prints' },
  none: { 'zh-CN': '暂无', en: 'None yet' },
  refused: { 'zh-CN': '未执行', en: 'Refused' },
} satisfies Record<string, Text>;

const faultLabels: Record<SimulatorFault, Text> = {
  unplug: { 'zh-CN': '拔出', en: 'Unplug' },
  replug: { 'zh-CN': '插回', en: 'Replug' },
  silence: { 'zh-CN': '无响应', en: 'Stop answering' },
  unsilence: { 'zh-CN': '恢复响应', en: 'Answer again' },
  reset: { 'zh-CN': '恢复正常', en: 'Reset' },
  samFault: { 'zh-CN': '安全模块故障', en: 'SAM fault' },
  samOk: { 'zh-CN': '安全模块恢复', en: 'SAM OK' },
  readFailOnce: { 'zh-CN': '下次读卡失败', en: 'Fail next read' },
  paperLow: { 'zh-CN': '纸将尽', en: 'Paper low' },
  paperOut: { 'zh-CN': '缺纸', en: 'Paper out' },
  paperJam: { 'zh-CN': '卡纸', en: 'Paper jam' },
  paperFull: { 'zh-CN': '装纸/清除卡纸', en: 'Load paper / clear jam' },
  coverOpen: { 'zh-CN': '开盖', en: 'Open cover' },
  coverClosed: { 'zh-CN': '关盖', en: 'Close cover' },
  inoperative: { 'zh-CN': '故障', en: 'Break' },
  operative: { 'zh-CN': '修复', en: 'Repair' },
};

const faultsFor: Record<DeviceClass, readonly SimulatorFault[]> = {
  idCardReader: ['samFault', 'samOk', 'readFailOnce', 'silence', 'unsilence', 'unplug', 'replug'],
  documentPrinter: [
    'paperLow',
    'paperOut',
    'paperJam',
    'paperFull',
    'coverOpen',
    'coverClosed',
    'silence',
    'unsilence',
    'unplug',
    'replug',
  ],
  receiptPrinter: [
    'paperLow',
    'paperOut',
    'paperJam',
    'paperFull',
    'coverOpen',
    'coverClosed',
    'silence',
    'unsilence',
    'unplug',
    'replug',
  ],
  qrScanner: ['inoperative', 'operative', 'unplug', 'replug'],
  documentCamera: ['unplug', 'replug'],
  faceCamera: ['unplug', 'replug'],
};

const statusLabels: Record<DeviceSnapshot['status'], Text> = {
  online: { 'zh-CN': '正常', en: 'Online' },
  offline: { 'zh-CN': '离线', en: 'Offline' },
  powerOff: { 'zh-CN': '已关机', en: 'Power off' },
  noDevice: { 'zh-CN': '未连接', en: 'No device' },
  hardwareError: { 'zh-CN': '硬件故障', en: 'Hardware error' },
  userError: { 'zh-CN': '需处理', en: 'Needs attention' },
  busy: { 'zh-CN': '忙', en: 'Busy' },
};

const problemLabels: Record<DeviceProblem, Text> = {
  missing: { 'zh-CN': '未连接', en: 'Missing' },
  offline: { 'zh-CN': '离线', en: 'Offline' },
  fault: { 'zh-CN': '故障', en: 'Fault' },
  needsAttention: { 'zh-CN': '需处理', en: 'Needs attention' },
  paperOut: { 'zh-CN': '缺纸', en: 'Paper out' },
  paperJam: { 'zh-CN': '卡纸', en: 'Paper jam' },
  samFault: { 'zh-CN': '安全模块故障', en: 'SAM fault' },
  scannerInoperative: { 'zh-CN': '无法使用', en: 'Inoperative' },
  cameraNotFound: { 'zh-CN': '未找到', en: 'Not found' },
  cameraNotAllowed: { 'zh-CN': '未授权', en: 'Not allowed' },
};

/** The badge: the status, unless a per-class problem (paper out while "online") keeps the device from serving. */
function badge(s: DeviceSnapshot | undefined, locale: 'zh-CN' | 'en'): { text: string; tone: string } {
  if (!s) return { text: '…', tone: 'unknown' };
  const problem = deviceProblem(s);
  if (problem) return { text: problemLabels[problem][locale], tone: 'problem' };
  return { text: statusLabels[s.status][locale], tone: s.status };
}

function stateText(s: DeviceSnapshot): string {
  switch (s.state.kind) {
    case 'idCardReader':
      return `card ${s.state.card} · SAM ${s.state.sam}`;
    case 'printer':
      return `paper ${s.state.paper} · ${s.state.media}`;
    case 'scanner':
      return `scanner ${s.state.scanner}`;
    case 'camera':
      return `camera ${s.state.camera}`;
  }
}

const named = (device: DeviceClass, locale: 'zh-CN' | 'en') => {
  const name = deviceNames[device][locale];
  return name.charAt(0).toUpperCase() + name.slice(1);
};

interface LogLine {
  readonly id: number;
  readonly at: string;
  readonly text: string;
}

interface PrintRow {
  readonly device: string;
  readonly documentId: string;
  readonly title: string;
  readonly bytes: number;
  readonly at: string;
}

export function SimulatorPanel({ client, locale = 'zh-CN' }: SimulatorPanelProps) {
  const [snapshots, setSnapshots] = useState<Partial<Record<DeviceClass, DeviceSnapshot>>>({});
  const [simulated, setSimulated] = useState<readonly DeviceClass[]>([]);
  const [citizenKey, setCitizenKey] = useState(demoCitizens[0]?.key ?? '');
  const [code, setCode] = useState('YQJQ-20260101-0001');
  const [log, setLog] = useState<readonly LogLine[]>([]);
  const [prints, setPrints] = useState<readonly PrintRow[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const nextId = useRef(1);
  const l = useCallback((text: Text) => text[locale], [locale]);

  const note = useCallback(
    (text: string) => {
      const line = { id: nextId.current++, at: new Date().toLocaleTimeString(locale, { hour12: false }), text };
      setLog((current) => [line, ...current].slice(0, 30));
    },
    [locale],
  );

  const refreshPrints = useCallback(async () => {
    const reply = await client.call('devices.sim.printed', {});
    if (reply.ok) setPrints(reply.value.jobs);
  }, [client]);

  useEffect(() => {
    let alive = true;
    void client.call('devices.status', {}).then((reply) => {
      if (!alive || !reply.ok) return;
      setSnapshots(Object.fromEntries(reply.value.devices.map((s) => [s.device, s])));
    });
    void client.call('devices.sim.info', {}).then((reply) => {
      if (alive && reply.ok) setSimulated(reply.value.simulated);
    });
    void refreshPrints();
    const offs = [
      client.on('devices.status', (s) => {
        setSnapshots((current) => ({ ...current, [s.device]: s }));
        note(`${named(s.device, locale)}: ${statusLabels[s.status][locale]} · ${stateText(s)}`);
      }),
      client.on('devices.idCard', (e) => note(`${l(t.idCard)}: ${e.event}`)),
      client.on('devices.scan', (e) => note(`${named('qrScanner', locale)}: ${e.code} (${e.source})`)),
    ];
    return () => {
      alive = false;
      for (const off of offs) off();
    };
  }, [client, locale, l, note, refreshPrints]);

  const act = useCallback(
    async (label: string, run: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>) => {
      setProblem(undefined);
      const reply = await run();
      if (!reply.ok && reply.error) {
        const words = describeDeviceFailure(reply.error.code).citizenMessage[locale];
        setProblem(`${label}: ${l(t.refused)} — ${reply.error.code} (${words})`);
      }
      void refreshPrints();
    },
    [l, locale, refreshPrints],
  );

  const fault = (device: DeviceClass, f: SimulatorFault) =>
    act(`${named(device, locale)} ${faultLabels[f][locale]}`, () =>
      client.call('devices.sim.fault', { device, fault: f }),
    );

  const resetAll = () =>
    act(l(t.resetAll), async () => {
      for (const device of simulated) {
        const reply = await client.call('devices.sim.fault', { device, fault: 'reset' });
        if (!reply.ok) return reply;
      }
      return { ok: true };
    });

  const citizen = useMemo(() => demoCitizens.find((c) => c.key === citizenKey), [citizenKey]);
  const isSim = (device: DeviceClass) => simulated.includes(device);

  return (
    <section className="sim-panel" aria-label={l(t.title)}>
      <header className="sim-panel__header">
        <h2 className="sim-panel__title">{l(t.title)}</h2>
        <button type="button" className="sim-button" onClick={() => void resetAll()} disabled={simulated.length === 0}>
          {l(t.resetAll)}
        </button>
      </header>

      {problem ? (
        <p className="sim-panel__problem" role="alert">
          {problem}
        </p>
      ) : null}

      <div className="sim-panel__devices">
        {deviceClasses.map((device) => {
          const s = snapshots[device];
          const shown = badge(s, locale);
          return (
            <article key={device} className="sim-device" data-status={shown.tone}>
              <header className="sim-device__header">
                <h3 className="sim-device__name">{named(device, locale)}</h3>
                <span className="sim-badge" data-status={shown.tone}>
                  {shown.text}
                </span>
              </header>
              <p className="sim-device__state">
                {s ? `${s.driver} · ${stateText(s)}` : '…'}
                {s?.problem ? ` · ${s.problem.errorClass}/${s.problem.action}` : ''}
              </p>
              {s?.detail ? <p className="sim-device__detail">{s.detail}</p> : null}

              {!isSim(device) ? (
                <p className="sim-device__note">{s?.driver === 'none' ? l(t.notConfigured) : l(t.notSimulated)}</p>
              ) : (
                <>
                  {device === 'idCardReader' ? (
                    <div className="sim-device__card">
                      <label className="sim-field">
                        <span>{l(t.idCard)}</span>
                        <select value={citizenKey} onChange={(e) => setCitizenKey(e.target.value)}>
                          {demoCitizens.map((c) => (
                            <option key={c.key} value={c.key}>
                              {c.name} · {maskIdNumber(c.idNumber)} · {c.persona[locale]}
                            </option>
                          ))}
                        </select>
                      </label>
                      <div className="sim-row">
                        <button
                          type="button"
                          className="sim-button sim-button--primary"
                          onClick={() =>
                            void act(l(t.place), () => client.call('devices.sim.placeCard', { citizenKey }))
                          }
                          disabled={!citizen}
                        >
                          {l(t.place)}
                        </button>
                        <button
                          type="button"
                          className="sim-button"
                          onClick={() => void act(l(t.remove), () => client.call('devices.sim.removeCard', {}))}
                        >
                          {l(t.remove)}
                        </button>
                      </div>
                    </div>
                  ) : null}
                  {device === 'qrScanner' ? (
                    <div className="sim-row">
                      <button
                        type="button"
                        className="sim-button"
                        onClick={() =>
                          void act(l(t.readsOn), () => client.call('devices.scanner.setEnabled', { enabled: true }))
                        }
                      >
                        {l(t.readsOn)}
                      </button>
                      <button
                        type="button"
                        className="sim-button"
                        onClick={() =>
                          void act(l(t.readsOff), () => client.call('devices.scanner.setEnabled', { enabled: false }))
                        }
                      >
                        {l(t.readsOff)}
                      </button>
                    </div>
                  ) : null}
                  {device === 'qrScanner' ? (
                    <div className="sim-row">
                      <button
                        type="button"
                        className="sim-button sim-button--primary"
                        onClick={() => void act(l(t.showEId), () => client.call('devices.sim.showEId', { citizenKey }))}
                        disabled={!citizen}
                        data-sim-action="show-eid"
                      >
                        {l(t.showEId)}
                      </button>
                      <span className="sim-device__note">{l(t.showEIdWho)}</span>
                    </div>
                  ) : null}
                  {device === 'qrScanner' ? (
                    <div className="sim-row">
                      <label className="sim-field sim-field--grow">
                        <span>{l(t.scanCode)}</span>
                        <input
                          value={code}
                          onChange={(e) => setCode(e.target.value)}
                          maxLength={4096}
                          spellCheck={false}
                        />
                      </label>
                      <button
                        type="button"
                        className="sim-button sim-button--primary"
                        onClick={() => void act(l(t.scan), () => client.call('devices.sim.scan', { code }))}
                        disabled={code.length === 0}
                      >
                        {l(t.scan)}
                      </button>
                    </div>
                  ) : null}
                  <div className="sim-row sim-row--wrap">
                    {faultsFor[device].map((f) => (
                      <button key={f} type="button" className="sim-button" onClick={() => void fault(device, f)}>
                        {faultLabels[f][locale]}
                      </button>
                    ))}
                  </div>
                </>
              )}
            </article>
          );
        })}
      </div>

      <div className="sim-panel__lists">
        <section className="sim-list">
          <h3>{l(t.events)}</h3>
          {log.length === 0 ? (
            <p className="sim-list__empty">{l(t.none)}</p>
          ) : (
            <ol>
              {log.map((line) => (
                <li key={line.id}>
                  <time>{line.at}</time> {line.text}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="sim-list">
          <h3>{l(t.prints)}</h3>
          {prints.length === 0 ? (
            <p className="sim-list__empty">{l(t.none)}</p>
          ) : (
            <ol>
              {prints.map((p) => (
                <li key={`${p.documentId}-${p.at}`}>
                  <time>{new Date(p.at).toLocaleTimeString(locale, { hour12: false })}</time>{' '}
                  {named(p.device as DeviceClass, locale)}: {p.title} ({p.documentId}, {Math.round(p.bytes / 1024)} KB)
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}
