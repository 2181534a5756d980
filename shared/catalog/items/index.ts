import type { ItemInput } from '../schema.js';
import { humanResourcesItems } from './human-resources.js';
import { marketRegulationItems } from './market-regulation.js';
import { publicSecurityItems } from './public-security.js';
import { taxationItems } from './taxation.js';

/** Every item of the default catalog, in the order of catalog-outline.md (department by department). */
export const allItems: ItemInput[] = [...humanResourcesItems, ...marketRegulationItems, ...taxationItems, ...publicSecurityItems];
