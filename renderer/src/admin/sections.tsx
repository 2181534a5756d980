import type { ComponentType } from 'react';
import type { AdminRole } from '../../../shared/config/admin-config.js';
import { TechniciansSection } from './technicians/TechniciansSection.js';

/** One page of the console: its nav label (a key under admin.nav), who may open it, and its component. */
export interface ConsoleSection {
  readonly id: string;
  readonly labelKey: string;
  readonly role: AdminRole;
  readonly Component: ComponentType;
}

/** The console's pages in nav order. A technician sees those for 技术员; an administrator sees all. */
export const consoleSections: readonly ConsoleSection[] = [
  { id: 'technicians', labelKey: 'admin.nav.technicians', role: 'administrator', Component: TechniciansSection },
];

export function sectionsFor(role: AdminRole): readonly ConsoleSection[] {
  return consoleSections.filter((s) => role === 'administrator' || s.role === 'technician');
}
