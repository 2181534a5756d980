import type { PackageInput } from './schema.js';

/** "One thing" packages (一件事一次办). Filled in once the member items exist. */
export const packages: PackageInput[] = [];
