/** A serial port as discovery sees it: its device path and, for USB adapters, the ids a profile matches. */
export interface PortInfo {
  readonly path: string;
  readonly vendorId?: string | undefined;
  readonly productId?: string | undefined;
  readonly serialNumber?: string | undefined;
}

export type PortLister = () => Promise<readonly PortInfo[]>;
