import { describe, expect, it } from 'vitest';
import { checkAuditTrail, checkAuditTrailSinceMarks } from '../../renderer/db';
import { chainIntact } from '../../shared/audit/audit-chain';
import { deviceFindings, deviceSummary } from '../../shared/audit/audit-chain-text';
import { backedUpClinic, laptop, unlocked } from './backup-fixture';

const NOW = new Date('2026-12-05T09:00:00Z');

describe('a restored laptop continues the backed-up laptop’s audit chain', () => {
  it('its restore event links to the backed-up laptop’s newest event; the verifier accepts the link and finds it broken when that event changes', async () => {
    const backup = await backedUpClinic();
    const { controller } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    const head = opened.body.auditHead;
    expect(head).toMatchObject({ seq: expect.any(Number) as number });
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, () => undefined);
    const { db } = unlocked(controller.getState());

    const check = await checkAuditTrail(db, NOW);
    const restored = check.devices.find((d) => d.deviceId === check.thisDeviceId);
    const source = check.devices.find((d) => d.deviceId === head?.deviceId);
    expect(source).toMatchObject({ lastSeq: head?.seq, gaps: [], edits: [] });
    expect(restored?.continues).toEqual({ ...head, matches: true });
    expect(check.devices.every(chainIntact)).toBe(true);
    if (!restored) throw new Error('no report for the restored laptop');
    expect(deviceSummary(restored, () => 'Alex')).toContain(
      `restored from a backup: continues laptop ${head?.deviceId.slice(0, 8) ?? ''} after its #${String(head?.seq)}`,
    );
    // The check on opening the log (from the marks the full check left) says the same.
    const sinceMarks = await checkAuditTrailSinceMarks(db, NOW);
    expect(sinceMarks.devices.find((d) => d.deviceId === check.thisDeviceId)?.continues).toEqual({ ...head, matches: true });

    // Someone edits the backed-up laptop's event the restore link names: the link no longer holds.
    const named = await db.audit.findOne({ selector: { deviceId: head?.deviceId ?? '', seq: head?.seq ?? 0 } }).exec();
    await named?.incrementalPatch({ detail: 'nothing happened' });
    const after = await checkAuditTrail(db, NOW);
    const broken = after.devices.find((d) => d.deviceId === after.thisDeviceId);
    expect(broken?.continues?.matches).toBe(false);
    if (!broken) throw new Error('no report for the restored laptop');
    expect(chainIntact(broken)).toBe(false);
    expect(deviceFindings(broken).join(' ')).toContain('which no longer matches');
    await controller.lock('button');
  });
});
