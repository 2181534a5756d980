import type { ItemInput } from '../schema.js';
import { humanResourcesItems } from './human-resources.js';
import { marketRegulationItems } from './market-regulation.js';

/** Every item of the default catalog, in the order of catalog-outline.md (department by department). */
export const allItems: ItemInput[] = [...humanResourcesItems, ...marketRegulationItems];
