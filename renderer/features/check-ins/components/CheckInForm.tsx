import { Button, Checkbox, Group, NumberInput, Stack, TextInput, Textarea, Title, Fieldset } from '@mantine/core';
import { useRef, useState, type SyntheticEvent } from 'react';
import { CHECK_IN_SCALES } from '../../../../shared/instruments';
import { useChartRegistry, type CheckInPart } from '../../../modules';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { emptyDraft, journalCount, journalError, readDraft, type CheckInDraft, type CheckInField } from '../checkin-form';
import { secondCheckIns, type CheckIn, type CheckInInput } from '../checkin-records';
import { FormProblem } from '../../../components/FormProblem';
import { AlreadyCheckedInModal } from './AlreadyCheckedInModal';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly clientId: string;
  /** The client's date of birth: a check-in cannot be dated before it. */
  readonly dateOfBirth: string;
  readonly skills: readonly string[];
  /** The client's stored check-ins: a second one on the same day is saved only once the user says so. */
  readonly stored: readonly CheckIn[];
  /** Saves the check-in; resolves to its id (the other features' sections save their part against it). */
  readonly onSave: (input: CheckInInput) => Promise<string>;
}

const messageOf = (error: unknown) => errorMessage(error);

/**
 * The quick daily check-in on the chart: four 0–10 scales, hours slept, other features' sections (check-in sections of
 * the registry, e.g. target-behaviour counts), coping skills, a short journal entry.
 */
export function CheckInForm({ clientId, dateOfBirth, skills, stored, onSave }: Props) {
  const [today] = useState(localToday);
  const { checkInSections } = useChartRegistry();
  // Each section's latest part of the save, by its key.
  const parts = useRef(new Map<string, CheckInPart>());
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(today));
  const [errors, setErrors] = useState<Partial<Record<CheckInField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A check-in waiting for the user's answer because the client already has one that day.
  const [second, setSecond] = useState<CheckInInput | null>(null);
  const set = (patch: Partial<CheckInDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  const write = async (input: CheckInInput) => {
    setSecond(null);
    setSaving(true);
    let checkInId: string;
    try {
      checkInId = await onSave(input);
      setDraft(emptyDraft(today));
      setProblem(null);
    } catch (error) {
      setProblem(`The check-in was not saved: ${messageOf(error)}. Try again.`);
      setSaving(false);
      return;
    }
    try {
      for (const part of parts.current.values()) await part.save({ id: checkInId, day: input.day });
      for (const part of parts.current.values()) part.clear();
    } catch (error) {
      setProblem(
        `The check-in was saved, but not everything below it: ${messageOf(error)}. What was not saved is still filled in; save it again from its own tab.`,
      );
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readDraft(draft, today, dateOfBirth);
    // Every section checks its fields, so every message shows at once.
    const sectionsOk = [...parts.current.values()].map((p) => p.check()).every(Boolean);
    if (!read.ok || !sectionsOk) {
      setErrors(read.ok ? {} : read.errors);
      setProblem('Check-in not saved: fix the fields marked above.');
      return;
    }
    setErrors({});
    const input = { clientId, ...read.value };
    if (secondCheckIns([input], stored).length > 0) setSecond(input);
    else void write(input);
  };

  return (
    <form aria-labelledby="checkin-form-heading" onSubmit={submit} noValidate>
      {/* Held while saving: the save clears the form when it ends, so typing meanwhile would be lost. */}
      <Fieldset variant="unstyled" m={0} disabled={saving}>
        <Stack>
          <Title order={3} id="checkin-form-heading">
            Quick check-in
          </Title>
          <Group align="flex-start">
            <TextInput
              type="date"
              label="Day"
              withAsterisk
              max={today}
              value={draft.day}
              error={errors.day}
              onChange={(e) => {
                set({ day: e.currentTarget.value });
              }}
            />
            {CHECK_IN_SCALES.map((s) => (
              <NumberInput
                key={s.key}
                label={`${s.label} (0–10)`}
                description={s.anchors}
                withAsterisk
                min={0}
                max={10}
                clampBehavior="none"
                w={150}
                value={draft[s.key]}
                error={errors[s.key]}
                onChange={(v) => {
                  set({ [s.key]: v });
                }}
              />
            ))}
            <NumberInput
              label="Sleep (hours)"
              withAsterisk
              min={0}
              max={24}
              step={0.5}
              clampBehavior="none"
              w={130}
              value={draft.sleepHours}
              error={errors.sleepHours}
              onChange={(v) => {
                set({ sleepHours: v });
              }}
            />
          </Group>
          {checkInSections.map(({ key, Section }) => (
            <Section
              key={key}
              clientId={clientId}
              day={draft.day}
              today={today}
              bind={(part) => {
                parts.current.set(key, part);
              }}
            />
          ))}
          <Checkbox.Group
            label="Coping skills used"
            value={[...draft.copingSkills]}
            onChange={(v) => {
              set({ copingSkills: v });
            }}
          >
            <Group mt="xs">
              {skills.map((s) => (
                <Checkbox key={s} value={s} label={s} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label="Journal"
            description={`A few words about the day: ${journalCount(draft.journal)}.`}
            autosize
            minRows={2}
            maxRows={12}
            value={draft.journal}
            error={journalError(draft.journal)}
            onChange={(e) => {
              set({ journal: e.currentTarget.value });
            }}
          />
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={saving}>
              Save check-in
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <AlreadyCheckedInModal held={second} release={setSecond} confirmLabel="Save a second check-in" onConfirm={write}>
        {`This client already has a check-in for ${second ? formatIsoDate(second.day) : ''}. Saving adds a second one for the same day; the first is kept unchanged. Cancel keeps what you entered here, unsaved.`}
      </AlreadyCheckedInModal>
    </form>
  );
}
