import { chainIntact, type ChainGap, type DeviceChainReport } from './audit-chain';
import type { DeviceCheckpointReport } from './audit-checkpoint';
import { SIGNATURE_PROBLEM_TEXT } from '../signing/verdict';

/** A laptop as the check names it: this one, or by the start of its id. */
export function deviceName(deviceId: string, thisDeviceId: string): string {
  return deviceId === thisDeviceId ? 'This laptop' : `Laptop ${deviceId.slice(0, 8)}`;
}

const numbers = (seqs: readonly number[]) => seqs.map((s) => `#${String(s)}`).join(', ');
const gapText = (g: ChainGap) => (g.fromSeq === g.toSeq ? `#${String(g.fromSeq)}` : `#${String(g.fromSeq)}–#${String(g.toSeq)}`);

/** What was found on one laptop's chain, in words: "OK", or each kind of problem with the events' numbers. */
export function deviceFindings(d: DeviceChainReport): readonly string[] {
  if (chainIntact(d)) return ['OK: nothing removed, changed or reordered.'];
  const link = d.continues;
  return [
    link?.matches === false
      ? `Its restore link names #${String(link.seq)} of laptop ${link.deviceId.slice(0, 8)}, which no longer matches (changed or removed).`
      : '',
    d.gaps.length > 0 ? `Missing (removed): ${d.gaps.map(gapText).join(', ')}.` : '',
    d.edits.length > 0 ? `Changed: the event before ${numbers(d.edits)} no longer matches what was recorded (edited or replaced).` : '',
    d.reorderings.length > 0 ? `Reordered: ${numbers(d.reorderings)} no longer follow the event they were written after.` : '',
  ].filter(Boolean);
}

/** "123 events (#1–#123) by Ana, Ben": how much of a laptop's chain was checked and who wrote it. */
export function deviceSummary(d: DeviceChainReport, staffName: (id: string) => string): string {
  const who = d.actorIds.map(staffName).join(', ');
  const link = d.continues ? `, restored from a backup: continues laptop ${d.continues.deviceId.slice(0, 8)} after its #${String(d.continues.seq)}` : '';
  return `${String(d.events)} ${d.events === 1 ? 'event' : 'events'} (#1–#${String(d.lastSeq)}) by ${who}${link}`;
}

/** The line about events written before the chain existed (audit schema v0): not verifiable, not suspect. */
export function beforeChainText(count: number): string {
  if (count === 0) return '';
  return `${String(count)} ${count === 1 ? 'event was' : 'events were'} written before the chain existed: kept as written, not verifiable, not counted as tampering.`;
}

const checkpointBy = (f: { readonly seq: number; readonly signerId: string }, staffName: (id: string) => string) =>
  `a checkpoint signed by ${staffName(f.signerId)} vouches for #${String(f.seq)}`;

/** What a laptop's signed checkpoints show, in words: vouched, removed or edited events, bad signatures, or none. */
export function checkpointText(r: DeviceCheckpointReport, staffName: (id: string) => string): readonly string[] {
  const f = r.finding;
  const bad = r.bad.map(
    (b) =>
      `A checkpoint for #${String(b.seq)} claiming ${staffName(b.signerId)}'s signature does not verify (${SIGNATURE_PROBLEM_TEXT[b.reason]}): it was forged or altered.`,
  );
  const main =
    f.state === 'none'
      ? 'No signed checkpoint: its newest events are not vouched for.'
      : f.state === 'vouched'
        ? `Signed checkpoint: ${checkpointBy(f, staffName)}, and it matches.`
        : f.state === 'removed'
          ? `The chain ends at #${String(f.lastSeq)} but ${checkpointBy(f, staffName)}: events removed.`
          : `Event #${String(f.seq)} no longer matches the checkpoint signed by ${staffName(f.signerId)} for it: it or events before it were edited.`;
  return [main, ...bad];
}
