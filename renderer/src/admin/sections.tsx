import type { ComponentType } from 'react';
import type { AdminRole } from '../../../shared/config/admin-config.js';
import { TechniciansSection } from './technicians/TechniciansSection.js';
import { StatusSection } from './status/StatusSection.js';
import { DiagnosticsSection } from './diagnostics/DiagnosticsSection.js';
import { SystemSection } from './system/SystemSection.js';
import { ChecksSection } from './checks/ChecksSection.js';
import { InspectionSection } from './checks/InspectionSection.js';
import { ConsumablesSection } from './consumables/ConsumablesSection.js';
import { SettingsSection } from './settings/SettingsSection.js';
import { MaintenanceSection } from './maintenance/MaintenanceSection.js';
import { StatisticsSection } from './statistics/StatisticsSection.js';

/** One page of the console: its nav label (a key under admin.nav), who may open it, and its component. */
export interface ConsoleSection {
  readonly id: string;
  readonly labelKey: string;
  readonly role: AdminRole;
  readonly Component: ComponentType;
}

/** The console's pages in nav order. A technician sees those for 技术员; an administrator sees all. */
export const consoleSections: readonly ConsoleSection[] = [
  { id: 'status', labelKey: 'admin.status.nav', role: 'technician', Component: StatusSection },
  { id: 'checks', labelKey: 'admin.checks.nav', role: 'technician', Component: ChecksSection },
  { id: 'inspection', labelKey: 'admin.checks.recordNav', role: 'technician', Component: InspectionSection },
  { id: 'consumables', labelKey: 'admin.consumables.nav', role: 'technician', Component: ConsumablesSection },
  { id: 'statistics', labelKey: 'admin.statistics.nav', role: 'technician', Component: StatisticsSection },
  { id: 'maintenance', labelKey: 'admin.maintenance.nav', role: 'technician', Component: MaintenanceSection },
  { id: 'settings', labelKey: 'admin.settings.nav', role: 'administrator', Component: SettingsSection },
  { id: 'technicians', labelKey: 'admin.nav.technicians', role: 'administrator', Component: TechniciansSection },
  { id: 'diagnostics', labelKey: 'admin.diagnostics.nav', role: 'technician', Component: DiagnosticsSection },
  { id: 'system', labelKey: 'admin.system.nav', role: 'technician', Component: SystemSection },
];

export function sectionsFor(role: AdminRole): readonly ConsoleSection[] {
  return consoleSections.filter((s) => role === 'administrator' || s.role === 'technician');
}
