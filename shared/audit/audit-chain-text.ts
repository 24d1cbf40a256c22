import { chainIntact, type ChainGap, type DeviceChainReport } from './audit-chain';

/** A laptop as the check names it: this one, or by the start of its id. */
export function deviceName(deviceId: string, thisDeviceId: string): string {
  return deviceId === thisDeviceId ? 'This laptop' : `Laptop ${deviceId.slice(0, 8)}`;
}

const numbers = (seqs: readonly number[]) => seqs.map((s) => `#${String(s)}`).join(', ');
const gapText = (g: ChainGap) => (g.fromSeq === g.toSeq ? `#${String(g.fromSeq)}` : `#${String(g.fromSeq)}–#${String(g.toSeq)}`);

/** What was found on one laptop's chain, in words: "OK", or each kind of problem with the events' numbers. */
export function deviceFindings(d: DeviceChainReport): readonly string[] {
  if (chainIntact(d)) return ['OK: nothing removed, changed or reordered.'];
  return [
    d.gaps.length > 0 ? `Missing (removed): ${d.gaps.map(gapText).join(', ')}.` : '',
    d.edits.length > 0 ? `Changed: the event before ${numbers(d.edits)} no longer matches what was recorded (edited or replaced).` : '',
    d.reorderings.length > 0 ? `Reordered: ${numbers(d.reorderings)} no longer follow the event they were written after.` : '',
  ].filter(Boolean);
}

/** "123 events (#1–#123) by Ana, Ben": how much of a laptop's chain was checked and who wrote it. */
export function deviceSummary(d: DeviceChainReport, staffName: (id: string) => string): string {
  const who = d.actorIds.map(staffName).join(', ');
  return `${String(d.events)} ${d.events === 1 ? 'event' : 'events'} (#1–#${String(d.lastSeq)}) by ${who}`;
}

/** The line about events written before the chain existed (audit schema v0): not verifiable, not suspect. */
export function beforeChainText(count: number): string {
  if (count === 0) return '';
  return `${String(count)} ${count === 1 ? 'event was' : 'events were'} written before the chain existed: kept as written, not verifiable, not counted as tampering.`;
}
