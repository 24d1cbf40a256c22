import { describe, expect, it } from 'vitest';
import { newDischargeForm, validateDischarge, type DischargeFormValues } from '../../../../renderer/features/clients/discharge-form';

const ADMITTED = '2026-11-02';
const TODAY = '2026-11-20';

describe('validateDischarge', () => {
  it.each<[string, Partial<DischargeFormValues>, string | null]>([
    ['valid', { dischargeReason: 'Completed program' }, null],
    ['no reason', {}, 'dischargeReason'],
    ['unknown reason', { dischargeReason: 'Bored' }, 'dischargeReason'],
    ['before admission', { dischargeReason: 'Other', dischargeDate: '2026-11-01' }, 'dischargeDate'],
    ['same day as admission', { dischargeReason: 'Other', dischargeDate: ADMITTED }, null],
    ['not a date', { dischargeReason: 'Other', dischargeDate: '' }, 'dischargeDate'],
    ['today', { dischargeReason: 'Other', dischargeDate: TODAY }, null],
    ['tomorrow', { dischargeReason: 'Other', dischargeDate: '2026-11-21' }, 'dischargeDate'],
  ])('%s', (_name, overrides, errorPath) => {
    const result = validateDischarge({ ...newDischargeForm(TODAY), ...overrides }, ADMITTED, TODAY);
    if (errorPath === null) expect(result.ok).toBe(true);
    else expect(result.ok ? [] : Object.keys(result.errors)).toEqual([errorPath]);
  });

  it('trims the note', () => {
    const result = validateDischarge({ dischargeDate: '2026-11-20', dischargeReason: 'Other', dischargeNote: '  moved away  ' }, ADMITTED, TODAY);
    expect(result.ok && result.value.dischargeNote).toBe('moved away');
  });
});
