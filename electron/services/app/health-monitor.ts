import type { Health, HealthCheck } from '../../../shared/contract/app.js';

export type HealthProbe = () => HealthCheck;

/** Collects one probe per subsystem; the worst level wins. Probes must be cheap and never throw personal data. */
export class HealthMonitor {
  private readonly probes = new Map<string, HealthProbe>();
  private readonly startedAt = Date.now();

  register(name: string, probe: HealthProbe): void {
    this.probes.set(name, probe);
  }

  read(): Health {
    const checks = [...this.probes.entries()].map(([name, probe]) => {
      try {
        return probe();
      } catch (error) {
        return { name, level: 'down' as const, detail: `probe failed: ${(error as Error).message}` };
      }
    });
    const level = checks.some((c) => c.level === 'down')
      ? 'down'
      : checks.some((c) => c.level === 'degraded')
        ? 'degraded'
        : 'ok';
    return { level, checks, uptimeSeconds: (Date.now() - this.startedAt) / 1000 };
  }
}
